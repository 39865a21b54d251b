/**
 * Pagefind's full-text search, if this browser can run it here: the page must
 * be served over HTTP(S) (pagefind.js is an ES module and fetches its index),
 * with WebAssembly. Anything that fails (the import, the wasm, the worker, a
 * search) makes it `null`, and the dialog carries on with quick-find alone.
 */
import { HIGHLIGHT_PARAM, withRoot } from '../../lib/urls.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text?: string };
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    o?: { filters?: Record<string, string | string[]> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

/** Ranking: headings and titles (weighted at index time) over passing mentions. */
export const PAGEFIND_OPTIONS = {
  // Results as paths inside the site ("/booklets/x/"), which resultHref() links from this page's root.
  // Left to itself, Pagefind prefixes the folder it was loaded from: with our root that doubled the base.
  baseUrl: '/',
  highlightParam: HIGHLIGHT_PARAM,
  excerptLength: 20,
  ranking: {
    // Long pages are not penalised much: the documents are long by nature.
    pageLength: 0.3,
    // Many mentions count, but not without limit: a heading's weight wins over a word repeated in passing.
    termSaturation: 1.0,
    termFrequency: 0.8,
    // A page whose title matches stands out. The site's extra pages (aliases, tool results:
    // src/lib/search/pagefind-records.ts) rank by their weighted words only, not by their meta.
    metaWeights: { title: 8, name: 0, kind: 0, terms: 0, tool: 0 },
  },
};

let loading: Promise<PagefindApi | null> | undefined;

/** Whether full-text search can run at all in this browser and place. */
export function pagefindPossible(): boolean {
  return (
    /^https?:$/.test(location.protocol) &&
    typeof WebAssembly === 'object' &&
    typeof WebAssembly.instantiate === 'function'
  );
}

/** Load Pagefind from `root` + "pagefind/pagefind.js" once; null where it cannot run. */
export function loadPagefind(root: string): Promise<PagefindApi | null> {
  loading ??= (async () => {
    if (!pagefindPossible()) return null;
    try {
      const url = new URL(withRoot(root, 'pagefind/pagefind.js'), location.href).href;
      const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
      await pf.options(PAGEFIND_OPTIONS);
      await pf.init();
      return pf;
    } catch {
      return null;
    }
  })();
  return loading;
}
