/**
 * The search dialog (_client/search.js), one classic script. The search
 * loader (loader.js, inline in SiteSearch.astro) adds it to the page on intent
 * (focus or hover on the search button, "/" or Ctrl+K), with the quick-find
 * index beside it; this script mounts the dialog and opens it if the reader
 * asked to.
 */
import { render } from 'preact';
import type { QuickFindIndex } from '../../lib/search/records.ts';
import { pageRoot } from '../client/islands.ts';
import { type SearchController, SearchDialog } from './SearchDialog.tsx';

declare global {
  interface Window {
    /** Set by this script: what the loader calls. */
    siteSearch?: { open: () => void };
    /** Set by the loader when the reader asked to open before this script ran. */
    siteSearchOpen?: number;
    /** Set by quickfind.js. */
    siteQuickFind?: QuickFindIndex;
    /** Called by quickfind.js once it has set siteQuickFind. */
    siteQuickFindReady?: () => void;
  }
}

/** The quick-find index, once the script the loader added beside this one has run. */
function quickFindIndex(): Promise<QuickFindIndex> {
  return new Promise((resolve) => {
    if (window.siteQuickFind) return resolve(window.siteQuickFind);
    window.siteQuickFindReady = () => resolve(window.siteQuickFind!);
  });
}

if (!window.siteSearch) {
  const controller: SearchController = { open: () => undefined };
  const host = document.createElement('div');
  host.className = 'search-host';
  document.body.append(host);
  render(
    <SearchDialog
      root={pageRoot()}
      quickFind={quickFindIndex()}
      controller={controller}
      fallbackFocus={() => document.querySelector<HTMLElement>('[data-search-button]')}
    />,
    host,
  );
  window.siteSearch = { open: () => controller.open() };
  if (window.siteSearchOpen) {
    window.siteSearchOpen = 0;
    // In a task of its own: evaluating this script and drawing the open dialog in one task blocked the page for
    // longer than either alone (Lighthouse's "search dialog open" flow counts each task past 50 ms).
    setTimeout(() => controller.open());
  }
}
