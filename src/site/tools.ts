/** The site's tools, in the order the home page and /tools/ list them: the one list (search indexes it too). */
import type { ManifestTool } from '../lib/manifest';
import { loadTrees } from './wizards';

export async function loadTools(): Promise<ManifestTool[]> {
  const trees = await loadTrees();
  return [
    ...trees.map((t) => ({ id: t.id, title: t.title, summary: t.summary, url: `tools/${t.id}/` })),
    {
      id: 'plan',
      title: 'Plan for a first meeting',
      summary: 'Your results from the partnership tools in one plan to print or export.',
      url: 'tools/plan/',
    },
  ];
}
