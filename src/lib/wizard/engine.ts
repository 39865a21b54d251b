/**
 * Walking a decision tree: from the start node, each answer id picks the next
 * node. Pure functions over the tree data; the UI keeps only the list of
 * answer ids and asks this module where that list leads.
 *
 * Every function here tolerates broken input (unknown ids, even a tree with a
 * loop) without throwing, except changeAnswer on a call the UI cannot make
 * from a valid walk, which is a programming error.
 */
import type { Answer, OutcomeNode, QuestionNode, WizardNode, WizardTree } from './types.ts';

export interface Step {
  question: QuestionNode;
  answer: Answer;
}

export type WalkFailure =
  /** answerIds[index] is not an answer of the question reached at that point. */
  | { code: 'unknown-answer'; index: number; answerId: string; questionId: string; message: string }
  /** An outcome was reached before answerIds[index]: the list is too long. */
  | { code: 'past-outcome'; index: number; outcomeId: string; message: string }
  /** The tree points at a node it does not have (validateTree would have said so). */
  | { code: 'missing-node'; index: number; nodeId: string; message: string };

export type WalkResult = { ok: true; node: WizardNode; steps: Step[] } | { ok: false; reason: WalkFailure };

const indexes = new WeakMap<WizardTree, Map<string, WizardNode>>();

/** Nodes by id, built once per tree object (the first node wins if ids repeat). */
function nodeMap(tree: WizardTree): Map<string, WizardNode> {
  let map = indexes.get(tree);
  if (!map) {
    map = new Map();
    for (const node of tree.nodes) if (!map.has(node.id)) map.set(node.id, node);
    indexes.set(tree, map);
  }
  return map;
}

export function nodeById(tree: WizardTree, id: string): WizardNode | undefined {
  return nodeMap(tree).get(id);
}

export function questionsOf(tree: WizardTree): QuestionNode[] {
  return tree.nodes.filter((n): n is QuestionNode => n.kind === 'question');
}

export function outcomesOf(tree: WizardTree): OutcomeNode[] {
  return tree.nodes.filter((n): n is OutcomeNode => n.kind === 'outcome');
}

/** Follows answerIds from the start; `node` is the question still to answer, or the outcome. */
export function walk(tree: WizardTree, answerIds: readonly string[]): WalkResult {
  let node = nodeById(tree, tree.start);
  if (!node) {
    return fail({
      code: 'missing-node',
      index: 0,
      nodeId: tree.start,
      message: `start node "${tree.start}" does not exist`,
    });
  }
  const steps: Step[] = [];
  for (const [index, answerId] of answerIds.entries()) {
    if (node.kind === 'outcome') {
      return fail({
        code: 'past-outcome',
        index,
        outcomeId: node.id,
        message: `answer ${index + 1} ("${answerId}") comes after the outcome "${node.id}"`,
      });
    }
    const question: QuestionNode = node;
    const answer = question.answers.find((a) => a.id === answerId);
    if (!answer) {
      return fail({
        code: 'unknown-answer',
        index,
        answerId,
        questionId: question.id,
        message: `answer ${index + 1} ("${answerId}") is not an answer of "${question.id}"`,
      });
    }
    const next = nodeById(tree, answer.next);
    if (!next) {
      return fail({
        code: 'missing-node',
        index,
        nodeId: answer.next,
        message: `answer "${answer.id}" of "${question.id}" leads to missing node "${answer.next}"`,
      });
    }
    steps.push({ question, answer });
    node = next;
  }
  return { ok: true, node, steps };
}

const fail = (reason: WalkFailure): WalkResult => ({ ok: false, reason });

/** Where the walk stands after `steps`: the next node to show. */
function currentNode(tree: WizardTree, steps: readonly Step[]): WizardNode | undefined {
  const last = steps.at(-1);
  return nodeById(tree, last ? last.answer.next : tree.start);
}

/**
 * The number of questions on every path from `id` to an outcome, counting
 * `id` itself if it is a question; undefined when paths differ in length (or
 * the tree is broken). Memoised per call because subtrees are shared.
 */
function fixedDepth(
  tree: WizardTree,
  id: string,
  memo: Map<string, number | undefined>,
  visiting: Set<string>,
): number | undefined {
  if (memo.has(id)) return memo.get(id);
  const node = nodeById(tree, id);
  if (!node || visiting.has(id)) return undefined; // missing node or a loop: no certain count
  if (node.kind === 'outcome') return 0;
  visiting.add(id);
  const depths = node.answers.map((answer) => fixedDepth(tree, answer.next, memo, visiting));
  visiting.delete(id);
  const first = depths[0];
  const result = first !== undefined && depths.every((d) => d === first) ? first + 1 : undefined;
  memo.set(id, result);
  return result;
}

/**
 * "Question index of total" for the question reached after `steps` (1-based).
 * `total` is given only when every path from here to an outcome asks the same
 * number of questions: a count that later jumps would mislead. On an outcome,
 * index and total are both the number of questions answered.
 */
export function questionPosition(
  tree: WizardTree,
  steps: readonly Step[],
): { index: number; total: number | undefined } {
  const node = currentNode(tree, steps);
  if (!node) return { index: steps.length + 1, total: undefined };
  if (node.kind === 'outcome') return { index: steps.length, total: steps.length };
  const remaining = fixedDepth(tree, node.id, new Map(), new Set());
  return { index: steps.length + 1, total: remaining === undefined ? undefined : steps.length + remaining };
}

/**
 * The answer list after the reader changes the answer at `stepIndex`.
 * Later answers are kept by question, not by position: walking on from the
 * changed answer, each question the reader had already answered gets the same
 * answer again, and the list stops at the first question not answered before
 * (or at an outcome). Matching by position would carry a "yes" meant for one
 * question over to a different one, since answer ids are only unique within a
 * question.
 *
 * Throws a RangeError if stepIndex is not a question the walk reaches or
 * newAnswerId is not one of its answers: the UI only offers valid choices.
 */
export function changeAnswer(
  tree: WizardTree,
  answerIds: readonly string[],
  stepIndex: number,
  newAnswerId: string,
): string[] {
  const inRange = Number.isInteger(stepIndex) && stepIndex >= 0 && stepIndex <= answerIds.length;
  const before = walk(tree, inRange ? answerIds.slice(0, stepIndex) : []);
  if (!inRange || !before.ok) {
    throw new RangeError(`changeAnswer: step ${stepIndex} is not reached by the answers [${answerIds.join(', ')}]`);
  }
  const question = before.node;
  if (question.kind !== 'question' || !question.answers.some((a) => a.id === newAnswerId)) {
    throw new RangeError(`changeAnswer: "${newAnswerId}" is not an answer of "${question.id}"`);
  }

  // Earlier answers, by question id, as far as the old list was valid.
  const old = walk(tree, validPrefix(tree, answerIds));
  const remembered = new Map(old.ok ? old.steps.map((s) => [s.question.id, s.answer.id]) : []);

  const result = [...answerIds.slice(0, stepIndex), newAnswerId];
  const seen = new Set<string>([question.id]); // a loop in a broken tree must not spin forever
  let node = nodeById(tree, question.answers.find((a) => a.id === newAnswerId)!.next);
  while (node && node.kind === 'question' && !seen.has(node.id)) {
    seen.add(node.id);
    const answerId = remembered.get(node.id);
    const answer = node.answers.find((a) => a.id === answerId);
    if (!answer) break;
    result.push(answer.id);
    node = nodeById(tree, answer.next);
  }
  return result;
}

/** The longest leading part of answerIds that walks without error (e.g. to resume a damaged link). */
export function validPrefix(tree: WizardTree, answerIds: readonly string[]): string[] {
  const result = walk(tree, answerIds);
  if (result.ok) return [...answerIds];
  // A missing node after answer i means the walk broke at i: answers before it still stand.
  return answerIds.slice(0, result.reason.index);
}
