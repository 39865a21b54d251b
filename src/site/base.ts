/**
 * The site's base as a page sees it (Astro-bound: it reads the build's
 * settings). The web build links from the server root, under BASE_PATH
 * ("/", "/guide/"); the offline build (OFFLINE=1, `npm run build:offline`)
 * links relative to each page ("./", "../../"), so one folder works at any
 * path of any server and from the file system. Pass the result to withBase().
 */
import { relativeRoot } from '../lib/navigation';

/** Whether this build is the offline bundle (set by `npm run build:offline`). */
export const OFFLINE = process.env.OFFLINE === '1';

/** The base for links on the page at `url` (Astro.url). */
export function siteBase(url: URL): string {
  if (!OFFLINE) {
    const base = import.meta.env.BASE_URL;
    return base.endsWith('/') ? base : `${base}/`;
  }
  // The 404 page is written as 404.html at the root, not as 404/index.html.
  const path = /^\/404(\/|\.html)?$/.test(url.pathname) ? '/404.html' : url.pathname;
  return relativeRoot(path);
}
