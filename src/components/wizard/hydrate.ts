/**
 * Brings server-rendered Preact components to life: every element marked
 * data-island="<kind>" is hydrated with the props in the JSON script that
 * shares its data-island-key. The component marks the element data-live once
 * its effects have run and it handles clicks itself (tests wait on that).
 */
import { h, hydrate, type ComponentType } from 'preact';

export function hydrateIslands<P>(kind: string, component: ComponentType<P>) {
  for (const el of document.querySelectorAll<HTMLElement>(`[data-island="${kind}"]:not([data-hydrated])`)) {
    const data = document.querySelector(`[data-island-props="${el.dataset.islandKey}"]`);
    if (!data?.textContent) continue;
    hydrate(h(component, JSON.parse(data.textContent) as P & object), el);
    el.setAttribute('data-hydrated', '');
  }
}

/** Called from a component's first effect: from now on it answers in place. */
export function markLive(el: Element | null) {
  el?.closest('[data-island]')?.setAttribute('data-live', '');
}
