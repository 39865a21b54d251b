/**
 * Which built files Pagefind is given to read (addDirectory's glob): the pages
 * that hold <main data-pagefind-body>, i.e. the documents, under their
 * publications' folders, and the site's own searchable pages. Pagefind would
 * skip the others (home, 404, the wizards' step pages) only after reading and
 * parsing each: a third of the files at 10×. A built test
 * (tests/content/search-pages.test.ts) checks that the glob selects exactly the
 * pages that hold the attribute.
 */

/** The site's own pages whose <main> is searchable (the documents aside), as globs inside the site. */
export const SEARCHED_SITE_PAGES = ['glossary/index.html', 'tools/index.html', 'tools/plan/**/index.html'];

/** The glob, in Pagefind's syntax, from the documents' paths inside the site ("booklets/introduction/"). */
export function pagefindGlob(documentUrls: readonly string[]): string {
  const publications = [...new Set(documentUrls.map((u) => u.split('/')[0]!))].filter(Boolean).sort();
  const documents = publications.map((p) => `${p}/**/index.html`);
  return `{${[...documents, ...SEARCHED_SITE_PAGES].join(',')}}`;
}
