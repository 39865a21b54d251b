/** The quick-find index as a script (`_search/quickfind.js`), from the content layer: built once per build. */
import { SEARCH_SECTIONS } from '../lib/publications';
import { buildQuickFindIndex, quickFindScript } from '../lib/search/quickfind';
import { withRoot } from '../lib/urls';
import { type BuiltScript, shortHash } from './client-scripts';
import { loadManifest } from './manifest';
import { loadTrees } from './wizards';

let cache: Promise<BuiltScript> | undefined;

export function quickFindCode(): Promise<BuiltScript> {
  if (cache && !import.meta.env.DEV) return cache;
  cache = (async () => {
    const manifest = await loadManifest();
    const index = buildQuickFindIndex({
      publications: SEARCH_SECTIONS,
      documents: manifest.documents.map((d) => ({ ...d, shortTitle: d.navTitle })),
      glossary: manifest.glossary,
      glossaryUrl: 'glossary/',
      tools: await loadTrees(),
    });
    const code = quickFindScript(index);
    return { code, hash: shortHash(code) };
  })();
  return cache;
}

export async function quickFindSrc(root: string): Promise<string> {
  return `${withRoot(root, '_search/quickfind.js')}?v=${(await quickFindCode()).hash}`;
}
