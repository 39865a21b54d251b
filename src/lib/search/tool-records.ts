/**
 * A wizard as search sees it (quick-find records, Pagefind's tool-result
 * records): its results, each with the site's recommendation and where it
 * shows, by the fewest answers that reach it: its own page for a wizard with
 * a page per answer list, else the tool's page with the answers in the
 * address (as the wizard's own "Link to this result"). Pure.
 */
import { explore } from '../wizard/combinations.ts';
import { compile, soleMatchingRule } from '../wizard/compile.ts';
import { decidingRule } from '../wizard/engine.ts';
import { encodeState } from '../wizard/state.ts';
import type { WizardTree } from '../wizard/types.ts';
import type { SourceTool } from './quickfind.ts';

export function toolForSearch(tree: WizardTree): SourceTool {
  // Only the result of each combination is needed, not a whole walk with its notes: at build time this ran
  // over every combination of every assessment (76,800 for one) on the first page, a third of the rendering.
  const c = compile(tree);
  const shortest = new Map<string, string[]>();
  explore(tree, (values, answers) => {
    const deciding = soleMatchingRule(c, values);
    if (deciding < 0) {
      // decidingRule says which rules, for the message.
      const decided = decidingRule(c, values);
      const why = decided.ok ? 'no single rule matches these answers' : decided.message;
      throw new Error(`${tree.id}: answers "${answers.join(' > ')}": ${why} (run validateTree)`);
    }
    const id = c.rules[deciding]!.rule.result;
    const known = shortest.get(id);
    if (!known || answers.length < known.length) shortest.set(id, [...answers]);
  });
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
