/**
 * The one place that knows where the site root is and how a page links into
 * the site (docs/arch/0004-one-url-module.md). Pure: the build (astro.config,
 * middleware, integrations), the components, the client scripts and the tests
 * all call these functions; none computes a root of its own.
 *
 * Two ways to link, one per kind of build:
 * - web (`npm run build`, optionally `BASE_PATH=/guide/`): paths from the
 *   server root under the base path: "/guide/booklets/x/";
 * - offline (`npm run build:offline`): paths relative to each page, folders by
 *   their index.html, so one folder works at any sub-path of any server and
 *   from disk: "../../booklets/x/index.html".
 */

export type LinkMode = { kind: 'web'; base: string } | { kind: 'offline' };

/** The query parameter that carries the terms to highlight on a page opened from a search result. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * A base path as a web server sees it: "/", "/guide/", "/intranet/cyber/".
 * Accepts "guide", "/guide", "guide/"; refuses what cannot be a folder of a site.
 */
export function normaliseBasePath(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed === '/') return '/';
  const parts = trimmed.split('/').filter((p) => p !== '');
  const bad = parts.find((p) => p === '.' || p === '..' || !/^[A-Za-z0-9._~!$&'()*+,;=:@%-]+$/.test(p));
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//') || bad !== undefined) {
    throw new Error(
      `BASE_PATH "${raw}" is not a folder of a web site: give a path such as "/guide/" (letters, digits, - _ . ~; no "..", no "http://")`,
    );
  }
  return `/${parts.join('/')}/`;
}

/** The link mode of this build, from the environment: OFFLINE=1 or BASE_PATH. */
export function linkModeFromEnv(env: Record<string, string | undefined>): LinkMode {
  if (env.OFFLINE === '1') return { kind: 'offline' };
  return { kind: 'web', base: normaliseBasePath(env.BASE_PATH ?? '/') };
}

/**
 * The site's public address, if the build is given one (SITE_URL): exports and
 * citations link there instead of to wherever a copy is opened. Undefined
 * when none is set or it is not an http(s) address.
 */
export function publicSiteUrlFromEnv(env: Record<string, string | undefined>): string | undefined {
  const raw = env.SITE_URL?.trim();
  if (!raw || !/^https?:\/\/[^/]/i.test(raw)) return undefined;
  return raw.endsWith('/') ? raw : `${raw}/`;
}

/** Astro's `base` for a link mode: the offline build is built at "/" and linked relative to each page. */
export function astroBase(mode: LinkMode): string {
  return mode.kind === 'web' ? mode.base : '/';
}

/**
 * A page's path inside the site, from the pathname Astro renders it at:
 * "/guide/booklets/x/" -> "booklets/x/", "/" -> "", and the 404 page, which is
 * written as 404.html at the root, -> "404.html".
 */
export function sitePathOf(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const inSite = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\/+/, '');
  return /^404(\/|\.html)?$/.test(inSite) ? '404.html' : inSite;
}

/** The site root as a page at `sitePath` links to it: "/guide/" (web) or "../../" (offline). */
export function rootFor(mode: LinkMode, sitePath: string): string {
  if (mode.kind === 'web') return mode.base;
  const folders = sitePath.replace(/^\/+/, '').split('/').length - 1;
  return folders > 0 ? '../'.repeat(folders) : './';
}

/** A root relative to the page ("./", "../../"), as the offline build links, rather than a path from the server root. */
export function isRelativeRoot(root: string): boolean {
  return !root.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(root);
}

/**
 * The link from a page to `path` inside the site ("/tools/", "booklets/x/#p1"),
 * given the page's root. From a relative root, folders are linked by their
 * index.html, as file:// and some document libraries need.
 */
export function withRoot(root: string, path: string): string {
  const r = root.endsWith('/') ? root : `${root}/`;
  const inSite = path.replace(/^\/+/, '');
  return r + (isRelativeRoot(r) ? withIndexFile(inSite) : inSite);
}

/** "tools/" -> "tools/index.html", "" -> "index.html", "a/?q#h" -> "a/index.html?q#h"; files are left as they are. */
export function withIndexFile(url: string): string {
  const at = url.search(/[?#]/);
  const path = at < 0 ? url : url.slice(0, at);
  const rest = at < 0 ? '' : url.slice(at);
  return path === '' || path.endsWith('/') ? `${path}index.html${rest}` : url;
}

/**
 * The path inside the site of an absolute URL, given the absolute URL of the
 * site root: "file:///C:/Users/ana/guide/tools/x/index.html?a#b" with root
 * "file:///C:/Users/ana/guide/" -> "tools/x/?a#b". Undefined outside the site.
 * What is shared or exported carries this, never the reader's local folder.
 */
export function inSitePath(href: string, rootHref: string): string | undefined {
  let url: URL;
  let root: URL;
  try {
    url = new URL(href);
    root = new URL(rootHref);
  } catch {
    return undefined;
  }
  if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return undefined;
  const path = url.pathname.slice(root.pathname.length).replace(/(^|\/)index\.html$/, '$1');
  return `${path}${url.search}${url.hash}`;
}

/** Split a URL into path, query (without "?") and fragment (with "#"). */
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

/**
 * A search result's link from the current page. Results carry paths inside the
 * site: quick-find's "booklets/x/#p1", Pagefind's "/booklets/x/?highlight=a#p1"
 * (Pagefind indexes the build at "/" and is given no base of its own).
 */
export function resultHref(
  url: string,
  { root, highlight = [] }: { root: string; highlight?: readonly string[] },
): string {
  const { path, query, hash } = splitUrl(url);
  const params = query ? query.split('&').filter(Boolean) : [];
  const already = new Set(params);
  for (const term of highlight.slice(0, MAX_HIGHLIGHT_TERMS)) {
    const q = `${HIGHLIGHT_PARAM}=${encodeURIComponent(term.slice(0, MAX_HIGHLIGHT_LENGTH))}`;
    if (!already.has(q)) {
      params.push(q);
      already.add(q);
    }
  }
  return withRoot(
    root,
    `${path.replace(/(^|\/)index\.html$/, '$1')}${params.length ? `?${params.join('&')}` : ''}${hash}`,
  );
}

/** The same result, however it is linked: path and fragment, without query. For de-duplication. */
export function resultKey(url: string): string {
  const { path, hash } = splitUrl(url);
  return `${path.replace(/^\/+/, '').replace(/index\.html$/, '')}${hash}`;
}

/** At most this many words are highlighted, each at most this long: an address is not a place for essays. */
const MAX_HIGHLIGHT_TERMS = 10;
const MAX_HIGHLIGHT_LENGTH = 64;

/** The words to highlight that a page's address carries, e.g. "?highlight=traffic&highlight=light". */
export function highlightTerms(search: string): string[] {
  const params = new URLSearchParams(search.slice(0, 4096));
  const words = params
    .getAll(HIGHLIGHT_PARAM)
    .flatMap((v) => v.split(/\s+/))
    .filter((t) => t.length >= 2 && t.length <= MAX_HIGHLIGHT_LENGTH);
  return [...new Set(words)].slice(0, MAX_HIGHLIGHT_TERMS);
}
