/**
 * What the benchmark measures and the budgets it checks (see README, "Benchmark").
 * Paths are inside the site, without the base path.
 */

export type PageKind = 'reading' | 'island';

export interface PageType {
  id: string;
  label: string;
  path: string;
  /** reading: no JavaScript file at load (the inline search loader only); island: a wizard or the plan. */
  kind: PageKind;
  /** Whether the document-page weight budget (HTML+CSS+JS) applies. */
  document?: boolean;
  /** Open the search dialog after the page has loaded, and measure what that adds. */
  openSearch?: boolean;
}

export const PAGE_TYPES: PageType[] = [
  { id: 'home', label: 'Home', path: '', kind: 'reading' },
  {
    id: 'document',
    label: 'Document (embedded wizard)',
    path: 'booklets/sectoral-certs/',
    kind: 'island',
    document: true,
  },
  { id: 'reading', label: 'Document (reading only)', path: 'booklets/introduction/', kind: 'reading', document: true },
  { id: 'question', label: 'Wizard question', path: 'tools/ppp-type/', kind: 'island' },
  {
    id: 'outcome',
    label: 'Wizard outcome',
    path: 'tools/tlp/originator/named/',
    kind: 'island',
  },
  { id: 'plan', label: 'Plan', path: 'tools/plan/', kind: 'island' },
  { id: 'search', label: 'Search dialog open (home)', path: '', kind: 'reading', openSearch: true },
];

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

/** Corpus multipliers for the scaling runs (1 is the real site, built in the build step). */
export const SCALES = [10, 100];

export const BUDGETS = {
  /** Reading pages: bytes of JavaScript *files* requested at load. The inline search loader is allowed up to LOADER_MAX_BYTES. */
  readingJsFileBytes: 0,
  loaderMaxBytes: 1024,
  /** A document page: HTML + CSS + JS, each file gzipped separately, summed. */
  documentTotalGzip: 25 * 1024,
  /** Pages with a wizard island: JS files gzipped separately, plus inline executable scripts gzipped. */
  islandJsGzip: 12 * 1024,
  /** Every Lighthouse category on every page type. */
  lighthouseScore: 100,
  /** Median Pagefind search + first data(), API loaded, ms. */
  pagefindMs: 100,
  /** Median Fuse.js quick-find query, warm, ms. */
  fuseMs: 5,
  /** Build of the 100× corpus (Astro + search indexes), s. */
  scale100BuildS: 60,
};

/** Gzip level used for every "gzipped" figure (as src/integrations/search.ts reports). */
export const GZIP_LEVEL = 9;
