/**
 * The reading order of the site: documents grouped by publication, sorted by
 * `order`, with previous/next links. Pure, so it is tested without Astro.
 */
export interface NavHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface NavDocument {
  id: string;
  publication: string;
  title: string;
  navTitle?: string | undefined;
  order: number;
  headings: NavHeading[];
}

export interface NavGroup<D extends NavDocument = NavDocument> {
  publication: string;
  documents: D[];
}

export function groupDocuments<D extends NavDocument>(
  docs: readonly D[],
  publicationOrder: readonly string[],
): NavGroup<D>[] {
  const unknown = docs.find((d) => !publicationOrder.includes(d.publication));
  if (unknown) throw new Error(`Document "${unknown.id}" names unknown publication "${unknown.publication}"`);
  return publicationOrder
    .map((publication) => ({
      publication,
      documents: docs
        .filter((d) => d.publication === publication)
        .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
    }))
    .filter((g) => g.documents.length > 0);
}

/** Previous and next document in reading order, across publications. */
export function neighbours<D extends NavDocument>(groups: readonly NavGroup<D>[], id: string): { prev?: D; next?: D } {
  const flat = groups.flatMap((g) => g.documents);
  const i = flat.findIndex((d) => d.id === id);
  if (i < 0) return {};
  return { prev: flat[i - 1], next: flat[i + 1] };
}

/** Headings for an on-page table of contents: h2 and h3 only. */
export function tocHeadings(headings: readonly NavHeading[]): NavHeading[] {
  return headings.filter((h) => h.depth === 2 || h.depth === 3);
}

/**
 * Join the site's base and a path inside the site, without doubling slashes.
 *
 * The base is a path from the server root ("/", "/guide/") for the web build,
 * or, for the offline build, a path relative to the page ("./", "../../"):
 * then a folder is linked by its index.html, as file:// and some document
 * libraries need ("../../tools/", "/tools/#x" -> "../../tools/index.html#x").
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const inSite = path.replace(/^\/+/, '');
  return b + (isRelativeBase(b) ? withIndexFile(inSite) : inSite);
}

/** A base relative to the page ("./", "../"), as the offline build uses, rather than from the server root. */
export function isRelativeBase(base: string): boolean {
  return !base.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(base);
}

/** "tools/" -> "tools/index.html", "" -> "index.html", "a/?q#h" -> "a/index.html?q#h"; files are left as they are. */
export function withIndexFile(url: string): string {
  const at = url.search(/[?#]/);
  const path = at < 0 ? url : url.slice(0, at);
  const rest = at < 0 ? '' : url.slice(at);
  return path === '' || path.endsWith('/') ? `${path}index.html${rest}` : url;
}

/**
 * The site root as seen from a page, for the offline build: the page's path
 * inside the site ("/booklets/x/", "/", "/404.html") -> "../../", "./", "./".
 */
export function relativeRoot(pagePath: string): string {
  const folders = pagePath.replace(/^\/+/, '').split('/').length - 1;
  return folders > 0 ? '../'.repeat(folders) : './';
}
