/**
 * The site manifest as a file of the build (_data/manifest.json): how the
 * build steps after the pages (search, wizard checks, offline bundle) read
 * the content layer, which they cannot query themselves.
 */
import type { APIRoute } from 'astro';
import { builtManifest, MANIFEST_FILE } from '../lib/manifest';
import { loadManifest } from '../site/manifest';
import { loadSearchSources } from '../site/search-index';
import { loadTrees } from '../site/wizards';

export function getStaticPaths() {
  return [{ params: { data: MANIFEST_FILE.replace(/\.json$/, '') } }];
}

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(builtManifest(await loadManifest(), await loadTrees(), await loadSearchSources())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
