/**
 * The one place that says what a clause means. An assessment is compiled
 * once per tree object into index form, so the engine (one reader's answers)
 * and the validator (every combination of answers) evaluate clauses the same
 * way, and fast.
 *
 * A reader's state in index form is `values`: for each question, in asking
 * order, the index of its answer, `skippedCode` (the number of its answers)
 * if it was not asked, or UNRESOLVED while it lies ahead.
 */
import { type Clause, type Note, type Question, type Result, type Rule, SKIPPED, type WizardTree } from './types.ts';

export const UNRESOLVED = -1;

/** One condition: the answer to question `q` must have a code in `allowed`. */
export interface Condition {
  /** Question index, or -1 for a question the tree does not have (never holds). */
  q: number;
  /** allowed[code] is true for each allowed answer index, and for the skipped code if "skipped" is listed. */
  allowed: boolean[];
}

/** AND of conditions; [] holds always. */
export type CompiledClause = Condition[];

export interface Compiled {
  tree: WizardTree;
  questions: Question[];
  /** Question id → index (the first if ids repeat). */
  questionIndex: Map<string, number>;
  /** askIf per question; undefined = always asked. */
  askIf: (CompiledClause[] | undefined)[];
  rules: { rule: Rule; clauses: CompiledClause[]; result: Result | undefined }[];
  notes: { note: Note; clauses: CompiledClause[]; results: Set<string> | undefined }[];
  results: Map<string, Result>;
}

const cache = new WeakMap<WizardTree, Compiled>();

/** Compiled form of `tree`, built once per tree object (trees are not changed once loaded). */
export function compile(tree: WizardTree): Compiled {
  let compiled = cache.get(tree);
  if (!compiled) {
    compiled = build(tree);
    cache.set(tree, compiled);
  }
  return compiled;
}

function build(tree: WizardTree): Compiled {
  const questions = tree.questions ?? [];
  const questionIndex = new Map<string, number>();
  questions.forEach((q, i) => {
    if (!questionIndex.has(q.id)) questionIndex.set(q.id, i);
  });
  const clause = (c: Clause): CompiledClause =>
    Object.entries(c).map(([questionId, answerIds]) => {
      const q = questionIndex.get(questionId) ?? -1;
      const answers = questions[q]?.answers ?? [];
      const allowed: boolean[] = [];
      for (const answerId of answerIds) {
        if (answerId === SKIPPED) allowed[answers.length] = true;
        const at = answers.findIndex((a) => a.id === answerId);
        if (at >= 0) allowed[at] = true;
      }
      return { q, allowed };
    });
  const results = new Map<string, Result>();
  for (const r of tree.results ?? []) if (!results.has(r.id)) results.set(r.id, r);
  return {
    tree,
    questions,
    questionIndex,
    askIf: questions.map((q) => q.askIf?.map(clause)),
    rules: (tree.rules ?? []).map((rule) => ({
      rule,
      clauses: rule.when.map(clause),
      result: results.get(rule.result),
    })),
    notes: (tree.notes ?? []).map((note) => ({
      note,
      clauses: note.when.map(clause),
      results: note.results ? new Set(note.results) : undefined,
    })),
    results,
  };
}

/** Does every condition of the clause hold for `values`? A condition on an unresolved question does not. */
export function clauseHolds(clause: CompiledClause, values: ArrayLike<number>): boolean {
  for (const { q, allowed } of clause) {
    const v = values[q];
    if (v === undefined || v === UNRESOLVED || allowed[v] !== true) return false;
  }
  return true;
}

/** Index of the first clause that holds, or -1. */
export function firstHolding(clauses: readonly CompiledClause[], values: ArrayLike<number>): number {
  for (let i = 0; i < clauses.length; i++) if (clauseHolds(clauses[i]!, values)) return i;
  return -1;
}

/** Is question `q` asked, given the answers to the questions before it? */
export function isAsked(c: Compiled, q: number, values: ArrayLike<number>): boolean {
  const askIf = c.askIf[q];
  return askIf === undefined || firstHolding(askIf, values) >= 0;
}

/** The code of "not asked" for question `q`. */
export const skippedCode = (c: Compiled, q: number): number => c.questions[q]!.answers.length;

export interface RuleMatch {
  /** Index into compiled.rules. */
  rule: number;
  /** Index of the first clause of that rule that holds. */
  clause: number;
}

/**
 * The index of the one rule that holds for a complete set of values, -1 if none does, -2 if several
 * do. Allocates nothing: search's tool records ask it for every combination of every assessment.
 */
export function soleMatchingRule(c: Compiled, values: ArrayLike<number>): number {
  let sole = -1;
  for (let i = 0; i < c.rules.length; i++) {
    if (firstHolding(c.rules[i]!.clauses, values) < 0) continue;
    if (sole >= 0) return -2;
    sole = i;
  }
  return sole;
}

/** Every rule that matches a complete set of values, in table order. */
export function matchingRules(c: Compiled, values: ArrayLike<number>): RuleMatch[] {
  const matches: RuleMatch[] = [];
  c.rules.forEach((r, rule) => {
    const clause = firstHolding(r.clauses, values);
    if (clause >= 0) matches.push({ rule, clause });
  });
  return matches;
}

/** Indexes of the notes shown with `resultId` for a complete set of values, in data order. */
export function matchingNotes(c: Compiled, values: ArrayLike<number>, resultId: string): number[] {
  const shown: number[] = [];
  c.notes.forEach((n, i) => {
    if ((n.results === undefined || n.results.has(resultId)) && firstHolding(n.clauses, values) >= 0) shown.push(i);
  });
  return shown;
}

/**
 * Question indexes whose answer some LATER question's askIf looks at. Only
 * these change which questions come after them, so a search for "how many
 * questions are still to come" need only branch on them.
 */
export function steeringQuestions(c: Compiled): boolean[] {
  const steers = c.questions.map(() => false);
  c.askIf.forEach((clauses, later) => {
    for (const clause of clauses ?? []) for (const { q } of clause) if (q >= 0 && q < later) steers[q] = true;
  });
  return steers;
}
