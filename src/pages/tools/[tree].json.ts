/** Data contract: each tree as JSON at /tools/<id>.json, for tests and reuse. */
import type { APIRoute } from 'astro';
import { loadTrees } from '../../site/wizards';

export async function getStaticPaths() {
  return (await loadTrees()).map((tree) => ({ params: { tree: tree.id }, props: { tree } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.tree, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
