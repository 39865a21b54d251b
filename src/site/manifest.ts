/** The site manifest (src/lib/manifest.ts) from the content collections, built once per build. */
import { getCollection } from 'astro:content';
import { FIGURE_CAPTIONS } from '../components/figures/captions';
import type { SiteManifest } from '../lib/manifest';
import { mdxBlocks } from '../lib/search/mdx-source';
import { loadDocuments } from './documents';
import { loadTools } from './tools';

let cache: Promise<SiteManifest> | undefined;

export function loadManifest(): Promise<SiteManifest> {
  cache ??= (async () => {
    const groups = await loadDocuments();
    const documents = groups
      .flatMap((g) => g.documents)
      .map((d) => ({
        id: d.id,
        publication: d.entry.data.publication,
        title: d.title,
        navTitle: d.navTitle,
        description: d.entry.data.description,
        order: d.order,
        url: `${d.id}/`,
        headings: d.headings,
        ...mdxBlocks(d.entry.body ?? '', { figureCaptions: FIGURE_CAPTIONS }),
      }));
    const glossary = (await getCollection('glossary')).map((e) => ({ abbr: e.data.abbr, expansion: e.data.expansion }));
    return { documents, tools: await loadTools(), glossary };
  })();
  return cache;
}
