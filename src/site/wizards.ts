/** The decision trees, in the order the /tools/ index lists them. */
import { getCollection } from 'astro:content';
import type { WizardTree } from '../lib/wizard/types';

export const TOOL_ORDER = [
  'ppp-type',
  'formality',
  'hierarchy-financing',
  'maturity',
  'agency-structure',
  'sectoral-cert',
  'tlp',
];

export async function loadTrees(): Promise<WizardTree[]> {
  const trees = (await getCollection('wizards')).map((e) => e.data as WizardTree);
  const rank = (id: string) => (TOOL_ORDER.includes(id) ? TOOL_ORDER.indexOf(id) : TOOL_ORDER.length);
  return trees.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** Every list of answers that reaches a node: one pre-rendered page each. */
export function answerPrefixes(tree: WizardTree): string[][] {
  const out: string[][] = [];
  const visit = (nodeId: string, answers: string[], depth: number) => {
    out.push(answers);
    const node = tree.nodes.find((n) => n.id === nodeId);
    if (node?.kind !== 'question' || depth > 50) return;
    for (const a of node.answers) visit(a.next, [...answers, a.id], depth + 1);
  };
  visit(tree.start, [], 0);
  return out;
}
