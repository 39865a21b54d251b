/** Loads every document page once, with its headings, for navigation and routes. */
import { type CollectionEntry, getCollection, render } from 'astro:content';
import { documentProblems } from '../lib/manifest';
import { groupDocuments, type NavDocument, type NavGroup } from '../lib/navigation';
import { PUBLICATION_ORDER } from '../lib/publications';

export interface SiteDocument extends NavDocument {
  entry: CollectionEntry<'documents'>;
}

let cache: Promise<NavGroup<SiteDocument>[]> | undefined;

export function loadDocuments(): Promise<NavGroup<SiteDocument>[]> {
  cache ??= (async () => {
    const entries = await getCollection('documents');
    const problems = documentProblems(
      entries.map((e) => ({
        id: e.id,
        file: e.filePath ?? e.id,
        publication: e.data.publication,
        order: e.data.order,
        body: e.body ?? '',
      })),
    );
    if (problems.length) throw new Error(`The documents in content/ need fixing:\n  ${problems.join('\n  ')}`);
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
