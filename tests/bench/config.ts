/**
 * What the benchmark measures and the budgets it checks (see README, "Benchmark").
 * Paths are inside the site, without the base path.
 */

export type PageKind = 'reading' | 'island';

export interface PageType {
  id: string;
  label: string;
  path: string;
  /** reading: no JavaScript file at load (the inline search loader only); island: a wizard, the plan or a tool. */
  kind: PageKind;
  /** Whether the document-page weight budget (HTML+CSS+JS) applies. */
  document?: boolean;
  /** Open the search dialog after the page has loaded, and measure what that adds. */
  openSearch?: boolean;
  /** Run Lighthouse on it (one page of each kind: Lighthouse takes a quarter of a minute a run). */
  lighthouse?: boolean;
}

/** What the bench reads of the built manifest (dist/_data/manifest.json, src/lib/manifest.ts). */
export interface ManifestForPages {
  documents: { id: string; url: string; title: string; navTitle?: string }[];
  tools: { id: string; title: string; url: string }[];
  trees: { id: string }[];
  search: { tools: { id: string; results?: { answers?: string[] }[] }[] };
}

/**
 * The pages the bench measures, found from the built manifest, never from
 * paths written here (they rot as the content changes): the home page, every
 * document (`island` when its HTML holds an island), the first assessment's
 * start page and the first result that has a page of its own, every tool that
 * is not an assessment (the plan, compare, stakeholders, governance), and the
 * home page with the search dialog open. `hasIsland(url)` says whether a
 * built page holds an island.
 */
export function pageTypes(manifest: ManifestForPages, hasIsland: (path: string) => boolean): PageType[] {
  const types: PageType[] = [{ id: 'home', label: 'Home', path: '', kind: 'reading', lighthouse: true }];
  let islandDoc = false;
  let readingDoc = false;
  for (const d of manifest.documents) {
    const island = hasIsland(d.url);
    const first = island ? !islandDoc : !readingDoc;
    if (island) islandDoc = true;
    else readingDoc = true;
    types.push({
      id: `doc:${d.id}`,
      label: `Document: ${d.navTitle ?? d.title}`,
      path: d.url,
      kind: island ? 'island' : 'reading',
      document: true,
      lighthouse: first,
    });
  }
  const treeIds = new Set(manifest.trees.map((t) => t.id));
  const firstTree = manifest.trees[0];
  if (firstTree)
    types.push({
      id: 'question',
      label: 'Wizard start page',
      path: `tools/${firstTree.id}/`,
      kind: 'island',
      lighthouse: true,
    });
  for (const tool of manifest.search.tools) {
    const result = tool.results?.find((r) => r.answers?.length);
    if (!result) continue;
    types.push({
      id: 'outcome',
      label: 'Wizard result page',
      path: `tools/${tool.id}/${result.answers!.join('/')}/`,
      kind: 'island',
      lighthouse: true,
    });
    break;
  }
  for (const tool of manifest.tools.filter((t) => !treeIds.has(t.id)))
    types.push({
      id: `tool:${tool.id}`,
      label: `Tool: ${tool.title}`,
      path: tool.url,
      kind: 'island',
      lighthouse: true,
    });
  types.push({
    id: 'search',
    label: 'Search dialog open (home)',
    path: '',
    kind: 'reading',
    openSearch: true,
    lighthouse: true,
  });
  return types;
}

/** The search UI (src/components/search/): how it is opened and how it shows it is open. */
export const SEARCH_UI = {
  /** Present on every page once the search UI exists. */
  loader: 'script[data-search-loader]',
  /** The key that opens it (Ctrl+K does too). */
  key: '/',
  /** The dialog once open. */
  open: 'dialog.search-dialog[open], dialog[open]',
  /** The query field inside it. */
  input: '#search-input',
} as const;

/** Twenty queries people type: abbreviations, names, topics, phrases, one typo. */
export const QUERIES = [
  'CERT',
  'TLP',
  'information sharing',
  'secretariat',
  'trust',
  'Lithuania',
  'sectoral CERT',
  'public-private partnership',
  'funding',
  'legal basis',
  'incident reporting',
  'critical infrastructure',
  'NIS directive',
  'Switzerland',
  'MELANI',
  'CERTFin',
  'maturity',
  'memorandum of understanding',
  'governance',
  'secretarait',
];

/** Corpus multipliers: the site and its Starlight twin are built at each (1 is the real corpus). */
export const SCALES = [1, 10, 100];

export const BUDGETS = {
  /** Reading pages: bytes of JavaScript *files* requested at load; their inline scripts (search loader, html.js line) up to loaderMaxBytes in all. */
  readingJsFileBytes: 0,
  loaderMaxBytes: 1024,
  /** A document page: HTML + CSS + JS, each file gzipped separately, summed. */
  documentTotalGzip: 25 * 1024,
  /** Pages with a wizard island: JS files gzipped separately, plus inline executable scripts gzipped. */
  islandJsGzip: 12 * 1024,
  /** Every Lighthouse category on every page type. */
  lighthouseScore: 100,
  /** Median Pagefind search + first data(), API loaded, ms, at every corpus size. */
  pagefindMs: 100,
  /** Median Fuse.js quick-find query, warm, ms, at every corpus size. */
  fuseMs: 5,
  /** This site's build against the Starlight twin's, at every corpus size: wall time and peak memory (medians). */
  twinRatio: 1.0,
  /** Build time per added page from 10× to 100× against 1× to 10×: at most this much more (or less). */
  growthTolerance: 0.2,
};

/**
 * The environment of every build, the site's and the twin's alike. Rolldown's allocator (mimalloc) asks
 * for transparent huge pages where the system grants them on request (THP "madvise", as here): each
 * first touch then clears 2 MB, and the kernel may compact memory to find them, so a build's time
 * followed the machine's memory state more than its own work (the same twin build at 10× took 7.7 s
 * in one run and 11.7 s in another). Without them both sides build in steadier time and less memory
 * (docs/arch/0011).
 */
export const BUILD_ENV: Readonly<Record<string, string>> = { MIMALLOC_ALLOW_THP: '0' };

/** Gzip level used for every "gzipped" figure (as src/integrations/search.ts reports). */
export const GZIP_LEVEL = 9;
