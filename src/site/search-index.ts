/**
 * What search is built from, computed once per build from the content layer:
 * the quick-find index (served as `_search/quickfind.js`), and for the
 * Pagefind step after the pages (through the manifest) the tools' results and
 * the site's aliases (content/search/aliases.json).
 */
import aliasesText from '../../content/search/aliases.json?raw';
import { SEARCH_SECTIONS } from '../lib/publications';
import type { AliasFile } from '../lib/search/aliases';
import { loadAliases } from '../lib/search/aliases-schema';
import { buildQuickFindIndex, type QuickFindIndex, quickFindScript, type SourceTool } from '../lib/search/quickfind';
import { toolForSearch } from '../lib/search/tool-records';
import { withRoot } from '../lib/urls';
import { type BuiltScript, shortHash } from './client-scripts';
import { loadManifest } from './manifest';
import { loadTrees } from './wizards';

export interface SearchSources {
  index: QuickFindIndex;
  tools: SourceTool[];
  aliases: AliasFile;
}

let cache: Promise<SearchSources> | undefined;

export function loadSearchSources(): Promise<SearchSources> {
  if (cache && !import.meta.env.DEV) return cache;
  cache = (async () => {
    const manifest = await loadManifest();
    const tools = (await loadTrees()).map(toolForSearch);
    const aliases = loadAliases(aliasesText, 'content/search/aliases.json');
    const index = buildQuickFindIndex({
      publications: SEARCH_SECTIONS,
      documents: manifest.documents.map((d) => ({ ...d, shortTitle: d.navTitle })),
      glossary: manifest.glossary,
      glossaryUrl: 'glossary/',
      tools,
      aliases,
    });
    return { index, tools, aliases };
  })();
  return cache;
}

let code: Promise<BuiltScript> | undefined;

/**
 * The quick-find script and its hash, made once per build: every page names it
 * with its hash, and serialising the index on each page made the build grow
 * with pages × index size (43 s of a 100× build).
 */
export function quickFindCode(): Promise<BuiltScript> {
  if (code && !import.meta.env.DEV) return code;
  code = (async () => {
    const text = quickFindScript((await loadSearchSources()).index);
    return { code: text, hash: shortHash(text) };
  })();
  return code;
}

export async function quickFindSrc(root: string): Promise<string> {
  return `${withRoot(root, '_search/quickfind.js')}?v=${(await quickFindCode()).hash}`;
}
