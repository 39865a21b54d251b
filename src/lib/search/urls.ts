/**
 * Where a search result links to. Results carry paths inside the site
 * ("booklets/sectoral-certs/#example-certfin", or Pagefind's
 * "/booklets/sectoral-certs/?highlight=tlp#iii-5-…"); the dialog turns them into
 * links from the page it runs on. Pure, no DOM.
 */

import { withIndexFile } from '../navigation.ts';

/** The query parameter that carries the terms to highlight on the target page. */
export const HIGHLIGHT_PARAM = 'highlight';

export interface LinkOptions {
  /** The site root as seen from the current page: "/", "/guide/" or, from disk, "../../". */
  root: string;
  /** Opened from disk (file:): folders have no index, so link to index.html. */
  file?: boolean;
  /** Words to highlight on the target page. */
  highlight?: readonly string[];
}

/** Split a path into its path, query and fragment. */
function splitUrl(url: string): { path: string; query: string; hash: string } {
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const rest = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = rest.indexOf('?');
  return {
    path: queryAt >= 0 ? rest.slice(0, queryAt) : rest,
    query: queryAt >= 0 ? rest.slice(queryAt + 1) : '',
    hash,
  };
}

/** The result's link, from the current page. */
export function resultHref(url: string, { root, file = false, highlight = [] }: LinkOptions): string {
  const { path, query, hash } = splitUrl(url);
  let p = path.replace(/^\/+/, '');
  if (file) p = withIndexFile(p);
  const params = query ? query.split('&').filter(Boolean) : [];
  const already = new Set(params.filter((q) => q.startsWith(`${HIGHLIGHT_PARAM}=`)));
  for (const term of highlight) {
    const q = `${HIGHLIGHT_PARAM}=${encodeURIComponent(term)}`;
    if (!already.has(q)) params.push(q);
  }
  const r = root.endsWith('/') ? root : `${root}/`;
  return `${r}${p}${params.length ? `?${params.join('&')}` : ''}${hash}`;
}

/** The same result, however it is linked: path and fragment, without query. For de-duplication. */
export function resultKey(url: string): string {
  const { path, hash } = splitUrl(url);
  return `${path.replace(/^\/+/, '').replace(/index\.html$/, '')}${hash}`;
}

/** The words to highlight that a page's address carries, e.g. "?highlight=traffic&highlight=light". */
export function highlightTerms(search: string): string[] {
  const params = new URLSearchParams(search);
  return [
    ...new Set(
      params
        .getAll(HIGHLIGHT_PARAM)
        .flatMap((v) => v.split(/\s+/))
        .filter((t) => t.length >= 2),
    ),
  ].slice(0, 10);
}
