/**
 * How an assessment reads to a person: notes grouped as the result shows
 * them, and the decision table and skip conditions in words ("If … is “…” and
 * … → …"). Pure, shared by the result view, the questionnaire page, exports
 * and the plan, so they all say the same.
 */
import { type Clause, type Note, SKIPPED, type WizardTree } from './types.ts';

export interface GroupedNotes {
  /** "The factors pull in different directions": each quotes both passages. */
  tension: Note[];
  /** "The text also says". */
  also: Note[];
  /** Checklist items, open and settled, in data order. */
  checklist: Note[];
}

export function groupNotes(notes: readonly Note[]): GroupedNotes {
  return {
    tension: notes.filter((n) => n.kind === 'tension'),
    also: notes.filter((n) => n.kind === 'also'),
    checklist: notes.filter((n) => n.kind === 'open' || n.kind === 'settled'),
  };
}

const quoted = (labels: string[]) => labels.map((l) => `“${l}”`).join(' or ');

/** One condition of a clause, in words. */
export interface ConditionText {
  questionId: string;
  /** 1-based position in the asking order (0 for a question the tree lacks). */
  number: number;
  /** The question as asked (or its id, if the tree lacks it). */
  question: string;
  /** Labels of the allowed answers, in the question's order. */
  answers: string[];
  /** "skipped" is among the allowed values. */
  orSkipped: boolean;
}

/** The conditions of a clause in asking order (questions the tree lacks last), with answer labels. */
export function conditionsOf(tree: WizardTree, clause: Clause): ConditionText[] {
  const index = (id: string) => tree.questions.findIndex((x) => x.id === id);
  return Object.entries(clause)
    .map(([questionId, answerIds]) => {
      const at = index(questionId);
      const q = tree.questions[at];
      const answers = q
        ? q.answers.filter((a) => answerIds.includes(a.id)).map((a) => a.label)
        : answerIds.filter((a) => a !== SKIPPED);
      return {
        questionId,
        number: at + 1,
        question: q?.title ?? questionId,
        answers,
        orSkipped: answerIds.includes(SKIPPED),
      };
    })
    .sort((a, b) => (a.number || Number.MAX_SAFE_INTEGER) - (b.number || Number.MAX_SAFE_INTEGER));
}

/** "“Yes” or “Not sure”", "“No” or not asked", "not asked". */
export function answersPhrase(c: ConditionText): string {
  return [c.answers.length > 0 ? quoted(c.answers) : '', c.orSkipped ? 'not asked' : ''].filter(Boolean).join(' or ');
}

/** "Is there a national CERT? — “Yes” or “Not sure”", "… — not asked". */
export function conditionSentence(c: ConditionText): string {
  return `${c.question} — ${answersPhrase(c)}`;
}

/** "If A; and B", or "Always" for the empty clause. */
export function clauseSentence(tree: WizardTree, clause: Clause): string {
  const conditions = conditionsOf(tree, clause);
  return conditions.length === 0 ? 'Always' : `If ${conditions.map(conditionSentence).join('; and ')}`;
}
