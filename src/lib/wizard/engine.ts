/**
 * Playing an assessment: the reader's state is the list of answer ids in
 * asking order (questions that are skipped take no slot). `walk` asks the
 * questions in list order, skips those whose askIf does not hold, and once
 * every question is answered or skipped, evaluates the decision table over
 * ALL the answers: the result, the rule that gave it, and the notes shown.
 *
 * Every function here tolerates broken input (unknown ids, a gap or an
 * overlap in the table) without throwing, except changeAnswer on a call the
 * UI cannot make from a valid walk, which is a programming error.
 */
import {
  type Compiled,
  compile,
  isAsked,
  matchingNotes,
  matchingRules,
  type RuleMatch,
  skippedCode,
  steeringQuestions,
  UNRESOLVED,
} from './compile.ts';
import type { Answer, Note, Question, Result, Rule, WizardTree } from './types.ts';

export interface Step {
  question: Question;
  answer: Answer;
}

export type WalkFailure =
  /** answerIds[index] is not an answer of the question asked at that point. */
  | { code: 'unknown-answer'; index: number; answerId: string; questionId: string; message: string }
  /** Every question was answered or skipped before answerIds[index]: the list is too long. */
  | { code: 'extra-answers'; index: number; message: string }
  /**
   * The answers are complete but the table gives no single result (no rule,
   * several rules, or a rule naming a missing result): a fault in the tree,
   * which validateTree reports. `index` is the last answer's.
   */
  | { code: 'no-result' | 'ambiguous'; index: number; message: string };

/** Where a list of answers leads: the next question, or the evaluated result. */
export type Walk =
  | { ok: true; done: false; question: Question; steps: Step[] }
  | {
      ok: true;
      done: true;
      result: Result;
      /** The rule that gave the result, and which of its clauses held. */
      rule: Rule;
      clause: number;
      /** Notes shown with this result, in data order. */
      notes: Note[];
      steps: Step[];
    };

export type WalkResult = Walk | { ok: false; reason: WalkFailure };

/** Plays answerIds from the first question. */
export function walk(tree: WizardTree, answerIds: readonly string[]): WalkResult {
  const c = compile(tree);
  const values = new Array<number>(c.questions.length).fill(UNRESOLVED);
  const steps: Step[] = [];
  let next = 0; // index into answerIds
  for (let q = 0; q < c.questions.length; q++) {
    if (!isAsked(c, q, values)) {
      values[q] = skippedCode(c, q);
      continue;
    }
    const question = c.questions[q]!;
    if (next === answerIds.length) return { ok: true, done: false, question, steps };
    const answerId = answerIds[next]!;
    const at = question.answers.findIndex((a) => a.id === answerId);
    if (at < 0) {
      return fail({
        code: 'unknown-answer',
        index: next,
        answerId,
        questionId: question.id,
        message: `answer ${next + 1} ("${answerId}") is not an answer of "${question.id}"`,
      });
    }
    values[q] = at;
    steps.push({ question, answer: question.answers[at]! });
    next++;
  }
  if (next < answerIds.length) {
    return fail({
      code: 'extra-answers',
      index: next,
      message: `answer ${next + 1} ("${answerIds[next]}") comes after the last question`,
    });
  }
  return evaluate(c, values, steps);
}

const fail = (reason: WalkFailure): WalkResult => ({ ok: false, reason });

/**
 * The one rule of the decision table that holds for a complete set of values,
 * or why there is none: a gap or an overlap (validateTree finds them all).
 */
export function decidingRule(
  c: Compiled,
  values: ArrayLike<number>,
): { ok: true; match: RuleMatch } | { ok: false; code: 'no-result' | 'ambiguous'; message: string } {
  const matches = matchingRules(c, values);
  if (matches.length === 0) return { ok: false, code: 'no-result', message: 'no rule matches these answers' };
  if (matches.length > 1) {
    const ids = matches.map((m) => `"${c.rules[m.rule]!.rule.id}"`).join(', ');
    return { ok: false, code: 'ambiguous', message: `rules ${ids} all match these answers` };
  }
  return { ok: true, match: matches[0]! };
}

function evaluate(c: Compiled, values: number[], steps: Step[]): WalkResult {
  const index = Math.max(0, steps.length - 1);
  const decided = decidingRule(c, values);
  if (!decided.ok) return fail({ code: decided.code, index, message: decided.message });
  const { rule, clause } = decided.match;
  const { rule: r, result } = c.rules[rule]!;
  if (!result) return fail({ code: 'no-result', index, message: `rule "${r.id}" names missing result "${r.result}"` });
  const notes = matchingNotes(c, values, result.id).map((i) => c.notes[i]!.note);
  return { ok: true, done: true, result, rule: r, clause, notes, steps };
}

/** Questions in asking order. */
export const questionsOf = (tree: WizardTree): Question[] => tree.questions;

export const questionById = (tree: WizardTree, id: string): Question | undefined =>
  tree.questions[compile(tree).questionIndex.get(id) ?? -1];

export const resultById = (tree: WizardTree, id: string): Result | undefined => compile(tree).results.get(id);

/** The headline: the result's title and the headlines of the notes shown, e.g. "Information sharing — with policy discussions". */
export function headline(result: Result, notes: readonly Note[]): string {
  const parts = notes.map((n) => n.headline).filter((h): h is string => h !== undefined);
  return parts.length === 0 ? result.title : `${result.title} — ${parts.join('; ')}`;
}

/** Beyond this many branches the count of questions ahead is simply not given. */
const POSITION_SEARCH_LIMIT = 20_000;

/**
 * "Question index of total" for the question reached after `steps` (1-based).
 * `total` is given only when every way on from here asks the same number of
 * questions: a count that later jumps would mislead. On a result, index and
 * total are both the number of questions answered.
 */
export function questionPosition(
  tree: WizardTree,
  answerIds: readonly string[],
): { index: number; total: number | undefined } {
  const w = walk(tree, answerIds);
  if (!w.ok) return { index: answerIds.length + 1, total: undefined };
  if (w.done) return { index: w.steps.length, total: w.steps.length };
  const c = compile(tree);
  // Replay to the values array, then search the ways on, branching only where later askIf looks.
  const values = new Array<number>(c.questions.length).fill(UNRESOLVED);
  let from = 0;
  for (let q = 0, next = 0; q < c.questions.length; q++) {
    if (!isAsked(c, q, values)) values[q] = skippedCode(c, q);
    else if (next < answerIds.length) {
      values[q] = c.questions[q]!.answers.findIndex((a) => a.id === answerIds[next]);
      next++;
    } else {
      from = q;
      break;
    }
  }
  const steers = steeringQuestions(c);
  const counts = new Set<number>();
  let budget = POSITION_SEARCH_LIMIT;
  const search = (q: number, asked: number): boolean => {
    if (--budget < 0) return false;
    if (q === c.questions.length) {
      counts.add(asked);
      return counts.size === 1;
    }
    if (!isAsked(c, q, values)) {
      values[q] = skippedCode(c, q);
      const go = search(q + 1, asked);
      values[q] = UNRESOLVED;
      return go;
    }
    const choices = steers[q] ? c.questions[q]!.answers.length : 1;
    for (let a = 0; a < choices; a++) {
      values[q] = a;
      const go = search(q + 1, asked + 1);
      values[q] = UNRESOLVED;
      if (!go) return false;
    }
    return true;
  };
  const certain = search(from, 0) && counts.size === 1;
  const index = w.steps.length + 1;
  return { index, total: certain ? w.steps.length + [...counts][0]! : undefined };
}

/**
 * The answer list after the reader changes the answer at `stepIndex`.
 * Later answers are kept by question, not by position: walking on from the
 * changed answer, each question the reader had already answered gets the same
 * answer again, and the list stops at the first question not answered before
 * (or at the result). Matching by position would carry a "yes" meant for one
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
  if (!inRange || !before.ok || before.done) {
    throw new RangeError(`changeAnswer: step ${stepIndex} is not reached by the answers [${answerIds.join(', ')}]`);
  }
  const question = before.question;
  if (!question.answers.some((a) => a.id === newAnswerId)) {
    throw new RangeError(`changeAnswer: "${newAnswerId}" is not an answer of "${question.id}"`);
  }

  // Earlier answers, by question id, as far as the old list was valid.
  const old = walk(tree, validPrefix(tree, answerIds));
  const remembered = new Map(old.ok ? old.steps.map((s) => [s.question.id, s.answer.id]) : []);

  const result = [...answerIds.slice(0, stepIndex), newAnswerId];
  for (let w = walk(tree, result); w.ok && !w.done; w = walk(tree, result)) {
    const answerId = remembered.get(w.question.id);
    if (!w.question.answers.some((a) => a.id === answerId)) break;
    result.push(answerId!);
  }
  return result;
}

/** The longest leading part of answerIds that walks without error (e.g. to resume a damaged link). */
export function validPrefix(tree: WizardTree, answerIds: readonly string[]): string[] {
  const result = walk(tree, answerIds);
  if (result.ok) return [...answerIds];
  // The walk broke at answer `index`: the answers before it still stand.
  return answerIds.slice(0, result.reason.index);
}
