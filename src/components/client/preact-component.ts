/**
 * Marks a Preact component rendered from an .astro file as Preact's, as
 * @astrojs/preact's Babel pass did (astro.config.mjs gives it no files, for
 * speed). Without the mark Astro asks each renderer whether the component is
 * its own, and Preact's answers by rendering it: every island's server HTML
 * was made twice. The mark is Astro's (`Symbol.for('astro:renderer')`, read in
 * astro/dist/runtime/server/render/component.js). Server-only; idempotent.
 */
const RENDERER = Symbol.for('astro:renderer');

export function preactComponent<T>(component: T): T {
  if (typeof component === 'function' && !(RENDERER in component))
    Object.defineProperty(component, RENDERER, { value: '@astrojs/preact' });
  return component;
}
