/**
 * The browser side of an island: a client entry (`*.client.ts`) registers its
 * component with the island loader, which calls it with the island's element,
 * its small inline props and its data, once both scripts have arrived.
 */
import { type ComponentType, h, hydrate } from 'preact';

declare global {
  interface Window {
    /** Set by the island loader (island-loader.js), inline on every page with an island. */
    cgg?: {
      island: (kind: string, mount: (el: HTMLElement, props: unknown, data: unknown) => void) => void;
      data: (name: string, value: unknown) => void;
    };
  }
}

/** The site root as this page links to it: set once per page on <html data-root> (src/lib/urls.ts computes it). */
export function pageRoot(): string {
  return document.documentElement.dataset.root ?? './';
}

/**
 * Hydrate every island of `kind` with `component`, its props made from the
 * inline props, the data and the page's root. The props must be those the
 * server rendered with, or Preact would re-render differently.
 */
export function registerIsland<Inline, Data, P>(
  kind: string,
  component: ComponentType<P>,
  toProps: (inline: Inline, data: Data, root: string) => P,
): void {
  window.cgg?.island(kind, (el, inline, data) => {
    hydrate(h(component as ComponentType<object>, toProps(inline as Inline, data as Data, pageRoot()) as object), el);
  });
}

/**
 * Called from a component's first effect: from now on it answers in place (tests wait on data-live), and the
 * loader presses again a button pressed before (cgg:live).
 */
export function markLive(el: Element | null) {
  const island = el?.closest('[data-island]');
  if (!island || island.hasAttribute('data-live')) return;
  island.setAttribute('data-live', '');
  island.dispatchEvent(new Event('cgg:live'));
}
