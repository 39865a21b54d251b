/**
 * Entry of dist/_search/search.js, one classic script (esbuild IIFE, see
 * src/integrations/search.ts). The loader in SiteSearch.astro adds it to the
 * page on intent (focus or hover on the search button, "/" or Ctrl+K), with
 * quickfind.js beside it; this script mounts the dialog and opens it if the
 * reader asked to.
 */
import { render } from 'preact';
import type { QuickFindIndex } from '../../lib/search/records.ts';
import { SearchDialog, type SearchController } from './SearchDialog.tsx';

declare global {
  interface Window {
    /** Set by this script: what the loader calls. */
    siteSearch?: { open: () => void };
    /** Set by the loader: the site root from this page. */
    siteSearchRoot?: string;
    /** Set by the loader when the reader asked to open before this script ran. */
    siteSearchOpen?: number;
    /** Set by quickfind.js. */
    siteQuickFind?: QuickFindIndex;
    /** Called by quickfind.js once it has set siteQuickFind. */
    siteQuickFindReady?: () => void;
  }
}

/** The root from this script's own address, if no loader said: ".../_search/search.js" -> ".../". */
function rootFromScript(): string {
  const src = (document.currentScript as HTMLScriptElement | null)?.src ?? '';
  return src ? src.replace(/_search\/search\.js(?:[?#].*)?$/, '') : '/';
}

function quickFindIndex(root: string): Promise<QuickFindIndex> {
  return new Promise((resolve, reject) => {
    if (window.siteQuickFind) return resolve(window.siteQuickFind);
    window.siteQuickFindReady = () => resolve(window.siteQuickFind!);
    // The loader adds quickfind.js beside this script; anyone else loading this script gets it here.
    if (!window.siteSearchRoot) {
      const s = document.createElement('script');
      s.src = `${root}_search/quickfind.js`;
      s.onerror = reject;
      document.head.append(s);
    }
  });
}

if (!window.siteSearch) {
  const root = window.siteSearchRoot ?? rootFromScript();
  const controller: SearchController = { open: () => undefined };
  const host = document.createElement('div');
  host.className = 'search-host';
  document.body.append(host);
  render(
    <SearchDialog
      root={root}
      quickFind={quickFindIndex(root)}
      controller={controller}
      fallbackFocus={() => document.querySelector<HTMLElement>('[data-search-button]')}
    />,
    host,
  );
  window.siteSearch = { open: () => controller.open() };
  if (window.siteSearchOpen) {
    window.siteSearchOpen = 0;
    controller.open();
  }
}
