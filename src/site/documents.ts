/** Loads every document page once, with its headings, for navigation and routes. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { groupDocuments, type NavDocument, type NavGroup } from '../lib/navigation';
import { PUBLICATION_ORDER } from '../lib/publications';

export interface SiteDocument extends NavDocument {
  entry: CollectionEntry<'documents'>;
}

let cache: Promise<NavGroup<SiteDocument>[]> | undefined;

export function loadDocuments(): Promise<NavGroup<SiteDocument>[]> {
  cache ??= (async () => {
    const entries = await getCollection('documents');
    const docs = await Promise.all(
      entries.map(async (entry): Promise<SiteDocument> => {
        const { headings } = await render(entry);
        return {
          id: entry.id,
          publication: entry.data.publication,
          title: entry.data.title,
          navTitle: entry.data.navTitle,
          order: entry.data.order,
          headings,
          entry,
        };
      }),
    );
    return groupDocuments(docs, PUBLICATION_ORDER);
  })();
  return cache;
}
