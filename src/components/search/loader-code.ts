/**
 * The search loader as it goes into every page: loader.js minified. Shared by
 * SiteSearch.astro, which inlines it, and astro.config.mjs, which lists its
 * hash in the Content-Security-Policy (Astro hashes the scripts it bundles,
 * not an is:inline one).
 */
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

const cache = new Map<string, string>();

/** loader.js, minified to ES5 (old office PCs), as the page carries it. */
export function minifyLoader(source: string): string {
  let code = cache.get(source);
  if (code === undefined) {
    code = transformSync(source, { minify: true, target: 'es5', legalComments: 'none' }).code.trim();
    cache.set(source, code);
  }
  return code;
}

/** The CSP source of an inline script or style: "sha256-" and the base64 SHA-256 of its exact text. */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}
