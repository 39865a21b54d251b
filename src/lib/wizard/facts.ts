/**
 * Shared facts in the reader's browser: what one wizard established (a shared
 * question answered, or a result that `sets` a fact) is remembered, so another
 * wizard that asks the same thing answers it for the reader and says where
 * the answer came from. Pure: the island passes a SafeStorage.
 */
import type { SafeStorage } from '../storage.ts';
import { walk } from './engine.ts';
import { NOT_SURE, type Question, type WizardTree } from './types.ts';

/** localStorage key of the facts established in this browser. */
export const FACTS_KEY = 'cgg:facts';

export interface KnownFact {
  /** The fact's value id, e.g. "emerging". */
  value: string;
  /** The wizard that established it, by id and title (for "From 'How mature is …?'"). */
  tree: string;
  title: string;
  savedAt: number;
}

export type KnownFacts = Record<string, KnownFact>;

const isKnownFact = (v: unknown): v is KnownFact => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const f = v as Record<string, unknown>;
  return (
    typeof f.value === 'string' &&
    typeof f.tree === 'string' &&
    typeof f.title === 'string' &&
    typeof f.savedAt === 'number' &&
    Number.isFinite(f.savedAt)
  );
};

/** The facts stored under FACTS_KEY; anything unreadable is left out. Never throws. */
export function parseFacts(raw: string | null): KnownFacts {
  if (raw === null || raw.length > 20_000) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const facts: KnownFacts = {};
  for (const [key, value] of Object.entries(data)) if (isKnownFact(value)) facts[key] = value;
  return facts;
}

export const loadFacts = (storage: SafeStorage): KnownFacts => parseFacts(storage.read(FACTS_KEY));

/**
 * The facts a list of answers establishes: each shared question answered with
 * one of the fact's values ("not sure" establishes nothing), and, once the
 * answers are complete, the result's `sets`.
 */
export function factsEstablished(tree: WizardTree, answers: readonly string[]): Record<string, string> {
  const w = walk(tree, answers);
  if (!w.ok) return {};
  const facts: Record<string, string> = {};
  for (const { question, answer } of w.steps) {
    if (question.shared !== undefined && answer.id !== NOT_SURE) facts[question.shared] = answer.id;
  }
  if (w.done) Object.assign(facts, w.result.sets ?? {});
  return facts;
}

/** Stores what `answers` establish that is new, attributed to `tree`; returns the facts now known. */
export function recordFacts(
  storage: SafeStorage,
  tree: WizardTree,
  answers: readonly string[],
  now: number = Date.now(),
): KnownFacts {
  const known = loadFacts(storage);
  // A fact already known with the same value keeps where it came from (e.g. an answer taken from it).
  const changed = Object.entries(factsEstablished(tree, answers)).filter(([key, value]) => known[key]?.value !== value);
  if (changed.length === 0) return known;
  for (const [key, value] of changed) known[key] = { value, tree: tree.id, title: tree.title, savedAt: now };
  storage.write(FACTS_KEY, JSON.stringify(known));
  return known;
}

/**
 * The fact that would answer `question`, if it is shared, the fact is known
 * from ANOTHER wizard (a reader who starts this one again may want to change
 * their own answer), and its value is one of the question's answers.
 */
export function factFor(tree: WizardTree, question: Question, known: KnownFacts): KnownFact | undefined {
  if (question.shared === undefined) return undefined;
  const fact = known[question.shared];
  if (!fact || fact.tree === tree.id) return undefined;
  return question.answers.some((a) => a.id === fact.value) ? fact : undefined;
}

/**
 * Walks on from `answers`, answering each next question that a known fact
 * answers, until a question the reader must answer (or the result). Returns
 * the longer list and, by question id, the fact each pre-answer came from.
 */
export function preAnswer(
  tree: WizardTree,
  answers: readonly string[],
  known: KnownFacts,
): { answers: string[]; from: Record<string, KnownFact> } {
  const result = [...answers];
  const from: Record<string, KnownFact> = {};
  for (let w = walk(tree, result); w.ok && !w.done; w = walk(tree, result)) {
    const fact = factFor(tree, w.question, known);
    if (!fact) break;
    result.push(fact.value);
    from[w.question.id] = fact;
  }
  return { answers: result, from };
}
