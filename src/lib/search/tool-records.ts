/**
 * A wizard as search sees it (quick-find records, Pagefind's tool-result
 * records): its results, each with the site's recommendation and where it
 * shows, by the fewest answers that reach it: its own page for a wizard with
 * a page per answer list, else the tool's page with the answers in the
 * address (as the wizard's own "Link to this result"). Pure.
 */
import { enumeratePaths } from '../wizard/paths.ts';
import { encodeState } from '../wizard/state.ts';
import type { WizardTree } from '../wizard/types.ts';
import type { SourceTool } from './quickfind.ts';

export function toolForSearch(tree: WizardTree): SourceTool {
  const shortest = new Map<string, string[]>();
  for (const p of enumeratePaths(tree)) {
    const known = shortest.get(p.outcome);
    if (!known || p.answers.length < known.length) shortest.set(p.outcome, p.answers);
  }
  const url = (answers: string[] | undefined) =>
    answers === undefined
      ? undefined
      : tree.noJs === 'pages'
        ? `tools/${tree.id}/${answers.map((a) => `${a}/`).join('')}`
        : `tools/${tree.id}/?${tree.id}=${encodeState(tree, answers)}`;
  return {
    id: tree.id,
    title: tree.title,
    summary: tree.summary,
    results: tree.results.map((r) => ({
      id: r.id,
      title: r.title,
      recommendation: r.recommendation,
      url: url(shortest.get(r.id)),
    })),
  };
}
