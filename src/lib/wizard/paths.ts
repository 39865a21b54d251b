/**
 * Every complete combination of answers and what it leads to, for the
 * committed path tables in tests/wizards/: a change to an assessment that
 * changes where some answers lead (result or notes) shows up as a diff that
 * someone has to accept on purpose.
 */
import { explore } from './combinations.ts';
import { walk } from './engine.ts';
import type { WizardTree } from './types.ts';

export interface TreePath {
  /** Answer ids in asking order. */
  answers: string[];
  /** Result id. */
  outcome: string;
  /** Ids of the notes shown with it, in data order. */
  notes: string[];
}

/** Beyond this many combinations a path table is not worth committing: the table is summarised instead. */
export const PATH_TABLE_LIMIT = 5_000;

/**
 * All complete combinations, depth first in the order the answers are
 * listed, so the result is stable for a given tree. Throws if a combination
 * has no single result (a gap or an overlap): run validateTree first.
 */
export function enumeratePaths(tree: WizardTree, limit = Number.POSITIVE_INFINITY): TreePath[] {
  const paths: TreePath[] = [];
  explore(
    tree,
    (_values, answers) => {
      const w = walk(tree, answers);
      if (!w.ok || !w.done) {
        const why = w.ok ? 'does not finish' : w.reason.message;
        throw new Error(`${tree.id}: cannot list paths, answers "${answers.join(' > ')}": ${why} (run validateTree)`);
      }
      paths.push({ answers: [...answers], outcome: w.result.id, notes: w.notes.map((n) => n.id) });
    },
    { limit },
  );
  return paths;
}

export const PATH_SEPARATOR = ' > ';

/**
 * { "answer > answer > …": "result + note + note" } for every path, in
 * enumeratePaths order; for an assessment with more than PATH_TABLE_LIMIT
 * combinations, the number of combinations per result and per note instead.
 */
export function pathTable(tree: WizardTree): Record<string, string> {
  const table: Record<string, string> = {};
  const paths = enumeratePaths(tree, PATH_TABLE_LIMIT + 1);
  if (paths.length <= PATH_TABLE_LIMIT) {
    for (const p of paths) table[p.answers.join(PATH_SEPARATOR)] = [p.outcome, ...p.notes].join(' + ');
    return table;
  }
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  explore(tree, (_values, answers) => {
    const w = walk(tree, answers);
    if (!w.ok || !w.done) throw new Error(`${tree.id}: cannot count paths (run validateTree)`);
    add(`result ${w.result.id}`);
    for (const n of w.notes) add(`note ${n.id} with ${w.result.id}`);
  });
  for (const [key, n] of [...counts].sort()) table[key] = `${n} combinations`;
  return table;
}
