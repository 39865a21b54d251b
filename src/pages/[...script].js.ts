/**
 * Every script the site serves besides Pagefind's, as an endpoint, so that
 * `astro dev` and all three builds serve the same files the same way
 * (docs/arch/0005-one-client-build.md):
 * - _client/<name>.js: the bundled client entries (src/site/client-scripts.ts);
 * - _client/data/<name>.js: the islands' data (src/site/client-data.ts);
 * - _search/quickfind.js: the quick-find index, from the content layer.
 */
import type { APIRoute } from 'astro';
import { clientData } from '../site/client-data';
import { clientEntries, clientScript, dataScript } from '../site/client-scripts';
import { quickFindCode } from '../site/search-index';

type Props = { kind: 'client'; name: string } | { kind: 'data'; name: string } | { kind: 'quickfind' };

export async function getStaticPaths() {
  const client = clientEntries().map((e) => ({
    params: { script: `_client/${e.name}` },
    props: { kind: 'client', name: e.name },
  }));
  const data = [...(await clientData()).keys()].map((name) => ({
    params: { script: `_client/data/${name}` },
    props: { kind: 'data', name },
  }));
  return [...client, ...data, { params: { script: '_search/quickfind' }, props: { kind: 'quickfind' } }];
}

async function body(props: Props): Promise<string> {
  if (props.kind === 'client') return (await clientScript(props.name)).code;
  if (props.kind === 'data') return dataScript(props.name, (await clientData()).get(props.name)).code;
  return (await quickFindCode()).code;
}

export const GET: APIRoute = async ({ props }) =>
  new Response(await body(props as Props), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
