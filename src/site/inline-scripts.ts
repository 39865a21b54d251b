/**
 * The site's inline scripts (the search loader on every page, the island
 * loader on pages with an island) as the pages carry them: minified to ES5 for
 * old office PCs. astro.config.mjs lists their hashes in the
 * Content-Security-Policy, as Astro hashes only the scripts it bundles.
 */
import { createHash } from 'node:crypto';
import { esbuild } from './esbuild.ts';

const cache = new Map<string, Promise<string>>();

/** Asynchronous on purpose: esbuild's synchronous API keeps a process (in a worker thread) alive for good. */
export function minifyInline(source: string): Promise<string> {
  let code = cache.get(source);
  if (code === undefined) {
    code = esbuild.transform(source, { minify: true, target: 'es5', legalComments: 'none' }).then((r) => r.code.trim());
    cache.set(source, code);
  }
  return code;
}

/** The CSP source of an inline script or style: "sha256-" and the base64 SHA-256 of its exact text. */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}
