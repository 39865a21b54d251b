/**
 * A wizard as search sees it (quick-find records, Pagefind's tool-result
 * records): its results, each with the site's recommendation and, for a
 * wizard with a page per answer list, the fewest answers that show it on a
 * page of its own. Pure.
 */
import { enumeratePaths } from '../wizard/paths.ts';
import type { WizardTree } from '../wizard/types.ts';
import type { SourceTool } from './quickfind.ts';

export function toolForSearch(tree: WizardTree): SourceTool {
  const shortest = new Map<string, string[]>();
  if (tree.noJs === 'pages') {
    for (const p of enumeratePaths(tree)) {
      const known = shortest.get(p.outcome);
      if (!known || p.answers.length < known.length) shortest.set(p.outcome, p.answers);
    }
  }
  return {
    id: tree.id,
    title: tree.title,
    summary: tree.summary,
    results: tree.results.map((r) => ({
      id: r.id,
      title: r.title,
      recommendation: r.recommendation,
      answers: shortest.get(r.id),
    })),
  };
}
