/**
 * Every way through a tree, for the committed path tables in tests/wizards/:
 * a change to a tree that changes where some answers lead shows up as a diff
 * that someone has to accept on purpose.
 */
import { nodeById } from './engine.ts';
import type { WizardTree } from './types.ts';

export interface TreePath {
  answers: string[];
  outcome: string;
}

/**
 * All paths from the start to an outcome, depth first in the order the
 * answers are listed, so the result is stable for a given tree.
 * Throws on a broken tree (missing node or loop): run validateTree first.
 */
export function enumeratePaths(tree: WizardTree): TreePath[] {
  const paths: TreePath[] = [];
  const visit = (id: string, answers: string[], onPath: Set<string>) => {
    const node = nodeById(tree, id);
    if (!node) throw new Error(`${tree.id}: cannot list paths, node "${id}" does not exist (run validateTree)`);
    if (onPath.has(id)) throw new Error(`${tree.id}: cannot list paths, "${id}" is part of a loop (run validateTree)`);
    if (node.kind === 'outcome') {
      paths.push({ answers, outcome: node.id });
      return;
    }
    onPath.add(id);
    for (const answer of node.answers) visit(answer.next, [...answers, answer.id], onPath);
    onPath.delete(id);
  };
  visit(tree.start, [], new Set());
  return paths;
}

export const PATH_SEPARATOR = ' > ';

/** { "answer > answer > …": outcome id } for every path, in enumeratePaths order. */
export function pathTable(tree: WizardTree): Record<string, string> {
  const table: Record<string, string> = {};
  for (const path of enumeratePaths(tree)) table[path.answers.join(PATH_SEPARATOR)] = path.outcome;
  return table;
}
