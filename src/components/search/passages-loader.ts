/**
 * The passages index (_search/passages.js), for search where Pagefind cannot
 * run: added as a classic script (from disk, fetch is refused) the first time
 * it is needed; null if it cannot load (as in `astro dev`, before a build).
 */
import type { Passage } from '../../lib/search/passages.ts';
import { withRoot } from '../../lib/urls.ts';

declare global {
  interface Window {
    sitePassages?: Passage[];
    sitePassagesReady?: () => void;
  }
}

let loading: Promise<Passage[] | null> | undefined;

export function loadPassages(root: string): Promise<Passage[] | null> {
  loading ??= new Promise((resolve) => {
    if (window.sitePassages) return resolve(window.sitePassages);
    window.sitePassagesReady = () => resolve(window.sitePassages ?? null);
    const s = document.createElement('script');
    s.src = withRoot(root, '_search/passages.js');
    s.onerror = () => resolve(null);
    document.head.append(s);
  });
  return loading;
}
