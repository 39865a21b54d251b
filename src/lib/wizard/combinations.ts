/**
 * Every complete combination of answers an assessment can be given: a
 * depth-first search over the questions in asking order, honouring askIf
 * (a question not asked takes the skipped code and does not branch). The
 * validator, the path tables and the pre-rendered pages all enumerate
 * through here.
 */
import { compile, isAsked, skippedCode, UNRESOLVED } from './compile.ts';
import type { WizardTree } from './types.ts';

export interface Exploration {
  /** Complete combinations visited. */
  combinations: number;
  /** Distinct answer lists that walk, including [] and the complete ones: one pre-rendered page each. */
  prefixes: number;
  /** The search stopped at `limit` combinations: counts and findings are partial. */
  truncated: boolean;
}

export interface ExploreOptions {
  /** Stop after this many complete combinations (default: no limit). */
  limit?: number;
  /** Called each time question `q` is asked on the way. */
  onAsked?: (q: number) => void;
}

/**
 * Calls onLeaf for each complete combination with the values by question
 * (answer index, or the skipped code) and the answer ids in asking order.
 * Both arrays are reused between calls: copy them to keep them.
 */
export function explore(
  tree: WizardTree,
  onLeaf: (values: readonly number[], answers: readonly string[]) => void,
  options: ExploreOptions = {},
): Exploration {
  const c = compile(tree);
  const n = c.questions.length;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const values = new Array<number>(n).fill(UNRESOLVED);
  const answers: string[] = [];
  const stats: Exploration = { combinations: 0, prefixes: 1, truncated: false };

  const visit = (q: number): void => {
    if (stats.truncated) return;
    if (q === n) {
      if (stats.combinations >= limit) {
        stats.truncated = true;
        return;
      }
      stats.combinations++;
      onLeaf(values, answers);
      return;
    }
    if (!isAsked(c, q, values)) {
      values[q] = skippedCode(c, q);
      visit(q + 1);
      values[q] = UNRESOLVED;
      return;
    }
    options.onAsked?.(q);
    const question = c.questions[q]!;
    stats.prefixes += question.answers.length;
    for (let a = 0; a < question.answers.length; a++) {
      values[q] = a;
      answers.push(question.answers[a]!.id);
      visit(q + 1);
      answers.pop();
      if (stats.truncated) break;
    }
    values[q] = UNRESOLVED;
  };
  visit(0);
  return stats;
}

/** Every answer list that walks, [] first, depth first in answer order: one pre-rendered page each. */
export function answerPrefixes(tree: WizardTree): string[][] {
  const out: string[][] = [[]];
  const seen = new Set<string>(['']);
  explore(tree, (_values, answers) => {
    // Each prefix of a complete list is a page; lists share prefixes, so keep each once.
    for (let i = 1; i <= answers.length; i++) {
      const key = answers.slice(0, i).join('/');
      if (!seen.has(key)) {
        seen.add(key);
        out.push(answers.slice(0, i));
      }
    }
  });
  return out;
}
