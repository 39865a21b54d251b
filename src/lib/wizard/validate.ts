/**
 * Everything that must hold for a tree before it ships: its shape (schema.ts),
 * its links between nodes, and its grounding in the documents. The checks
 * that need the built documents take them as functions, so this stays pure
 * and the caller decides what "the documents" are (dist/ in tests).
 */
import { wizardTreeSchema } from './schema.ts';
import type { Citation, DocLink, WizardNode, WizardTree } from './types.ts';

/** Every rule validateTree applies; a problem names the one it breaks. */
export const RULES = [
  'schema',
  'duplicate-node',
  'missing-start',
  'start-is-outcome',
  'dangling-answer',
  'duplicate-answer',
  'unreachable',
  'cycle',
  'dead-end',
  'missing-anchor',
  'quote-not-found',
] as const;

export type Rule = (typeof RULES)[number];

export interface Problem {
  /** Tree id (or "(tree without id)"). */
  tree: string;
  /** Node id, when the problem is in one node. */
  node?: string;
  rule: Rule;
  /** "ppp-type › q-objective › answer "x" leads to missing node "o-foo" [dangling-answer]" */
  message: string;
}

export interface SourceChecks {
  /** Does the built page of `doc` have an element with id `anchor`? */
  anchorExists?(doc: string, anchor: string): boolean;
  /** Is `quote` in the reading text of the built page of `doc`? */
  quoteFound?(doc: string, quote: string): boolean;
}

/** Checks `input` (parsed JSON, so unknown) and returns every problem found; [] means valid. */
export function validateTree(input: unknown, checks: SourceChecks = {}): Problem[] {
  const treeId = treeIdOf(input);
  const problem = (rule: Rule, detail: string, node?: string): Problem => ({
    tree: treeId,
    ...(node === undefined ? {} : { node }),
    rule,
    message: `${[treeId, node, detail].filter((part) => part !== undefined).join(' › ')} [${rule}]`,
  });

  // The structural checks assume the shape, so a tree with shape errors gets only those.
  const parsed = wizardTreeSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const { node, field } = locate(input, issue.path);
      // schema.ts messages start with the field's own name; the full path replaces it.
      const own = `${String(issue.path.at(-1) ?? '')}: `;
      const text = issue.message.startsWith(own) ? issue.message.slice(own.length) : issue.message;
      return problem('schema', field === undefined ? text : `${field}: ${text}`, node);
    });
  }
  const tree: WizardTree = parsed.data;
  return [...structureProblems(tree, problem), ...sourceProblems(tree, checks, problem)];
}

type MakeProblem = (rule: Rule, detail: string, node?: string) => Problem;

function structureProblems(tree: WizardTree, problem: MakeProblem): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, WizardNode>();
  for (const node of tree.nodes) {
    if (byId.has(node.id))
      problems.push(problem('duplicate-node', `node id "${node.id}" is used more than once`, node.id));
    else byId.set(node.id, node);
  }

  const start = byId.get(tree.start);
  if (!start) problems.push(problem('missing-start', `start "${tree.start}" is not a node of the tree`));
  else if (start.kind === 'outcome')
    problems.push(problem('start-is-outcome', `start "${tree.start}" is an outcome: a wizard must ask something`));

  for (const node of byId.values()) {
    if (node.kind !== 'question') continue;
    const seen = new Set<string>();
    for (const answer of node.answers) {
      if (seen.has(answer.id))
        problems.push(
          problem('duplicate-answer', `answer id "${answer.id}" is used more than once in this question`, node.id),
        );
      seen.add(answer.id);
      if (!byId.has(answer.next)) {
        problems.push(
          problem('dangling-answer', `answer "${answer.id}" leads to missing node "${answer.next}"`, node.id),
        );
      }
    }
  }

  const next = (node: WizardNode) =>
    node.kind === 'question' ? node.answers.map((a) => a.next).filter((id) => byId.has(id)) : [];

  if (start) {
    const reached = new Set([start.id]);
    const queue = [start.id];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      for (const n of next(byId.get(id)!))
        if (!reached.has(n)) {
          reached.add(n);
          queue.push(n);
        }
    }
    for (const node of byId.values()) {
      if (!reached.has(node.id))
        problems.push(problem('unreachable', `no path from start "${start.id}" leads to this ${node.kind}`, node.id));
    }
  }

  problems.push(...cycleProblems(byId, problem));

  // A question from which no outcome can be reached: every path through it dangles or loops.
  const leadsToOutcome = new Set([...byId.values()].filter((n) => n.kind === 'outcome').map((n) => n.id));
  for (let grew = true; grew; ) {
    grew = false;
    for (const node of byId.values()) {
      if (!leadsToOutcome.has(node.id) && next(node).some((n) => leadsToOutcome.has(n))) {
        leadsToOutcome.add(node.id);
        grew = true;
      }
    }
  }
  for (const node of byId.values()) {
    if (!leadsToOutcome.has(node.id))
      problems.push(problem('dead-end', 'no answer here leads, in the end, to an outcome', node.id));
  }
  return problems;
}

/** One problem per loop, named by the answer that closes it (the back edge of a depth-first search). */
function cycleProblems(byId: Map<string, WizardNode>, problem: MakeProblem): Problem[] {
  const problems: Problem[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (id: string) => {
    const node = byId.get(id);
    if (!node || done.has(id)) return;
    path.push(id);
    if (node.kind === 'question') {
      for (const answer of node.answers) {
        const at = path.indexOf(answer.next);
        if (at >= 0) {
          const loop = [...path.slice(at), answer.next].join(' → ');
          problems.push(
            problem('cycle', `answer "${answer.id}" leads back to "${answer.next}", making a loop ${loop}`, id),
          );
        } else visit(answer.next);
      }
    }
    path.pop();
    done.add(id);
  };
  for (const id of byId.keys()) visit(id);
  return problems;
}

function sourceProblems(tree: WizardTree, checks: SourceChecks, problem: MakeProblem): Problem[] {
  const problems: Problem[] = [];
  const { anchorExists, quoteFound } = checks;
  const link = (what: string, target: { doc: string; anchor: string }, node?: string) => {
    if (anchorExists && !anchorExists(target.doc, target.anchor)) {
      problems.push(
        problem(
          'missing-anchor',
          `${what} → ${target.doc}#${target.anchor}: no element with that id in the built page`,
          node,
        ),
      );
    }
  };
  const cite = (what: string, citation: Citation, node: string) => {
    link(what, citation, node);
    if (quoteFound && !quoteFound(citation.doc, citation.quote)) {
      problems.push(
        problem(
          'quote-not-found',
          `${what} quote "${shorten(citation.quote)}" is not in the text of ${citation.doc}`,
          node,
        ),
      );
    }
  };
  const links = (what: string, list: DocLink[] | undefined, node: string) =>
    (list ?? []).map((l, i) => link(`${what} ${i + 1} ("${l.label}")`, l, node));

  link('embedIn', tree.embedIn);
  for (const node of tree.nodes) {
    if (node.kind === 'question') cite('why', node.why, node.id);
    else {
      for (const [i, c] of node.citations.entries()) cite(`citation ${i + 1}`, c, node.id);
      links('example', node.examples, node.id);
      links('next step', node.nextSteps, node.id);
    }
  }
  return problems;
}

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

function treeIdOf(input: unknown): string {
  const id = isRecord(input) ? input.id : undefined;
  return typeof id === 'string' && id !== '' ? id : '(tree without id)';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The node an issue path points into (by id where it has one) and the field path inside it. */
function locate(input: unknown, path: readonly PropertyKey[]): { node?: string; field?: string } {
  const format = (p: readonly PropertyKey[]) =>
    p.length === 0
      ? undefined
      : p.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
  if (path[0] === 'nodes' && typeof path[1] === 'number') {
    const nodes = isRecord(input) && Array.isArray(input.nodes) ? input.nodes : [];
    const raw: unknown = nodes[path[1]];
    const id = isRecord(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : `nodes[${path[1]}]`;
    return { node: id, field: format(path.slice(2)) };
  }
  return { field: format(path) };
}

/** For the build: throws one Error listing every problem of every tree, or returns quietly. */
export function assertValidTrees(trees: readonly unknown[], checks: SourceChecks = {}): void {
  const problems = trees.flatMap((tree) => validateTree(tree, checks));
  const ids = trees.map(treeIdOf);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  const all = [
    ...problems.map((p) => p.message),
    ...[...new Set(repeated)].map((id) => `${id} › tree id is used by more than one tree [duplicate-tree]`),
  ];
  if (all.length > 0) {
    throw new Error(`${all.length} problem${all.length === 1 ? '' : 's'} in the wizard trees:\n  ${all.join('\n  ')}`);
  }
}
