/**
 * A reader's answers as a shareable string and as a localStorage record.
 *
 * Link form: "<version>.<answer>.<answer>…", e.g. "2.critical-infra.formal":
 * the answers in asking order (questions not asked take no slot).
 * Answer ids are already URL-safe ([a-z0-9-]), so the string needs no
 * escaping in a query or a fragment, stays readable, and survives answers
 * being reordered in the JSON. The version comes first so a link made before
 * the tree changed is recognised instead of silently leading elsewhere.
 *
 * Both readers face input from outside (a pasted URL, another tab's storage)
 * and never throw: they return ok or an error the UI can show as it is.
 */
import { validPrefix, walk } from './engine.ts';
import type { WizardTree } from './types.ts';

/** Far more than any real path needs; refuse before doing work on a huge string. */
export const MAX_STATE_LENGTH = 2000;

export type StateErrorCode =
  | 'empty'
  | 'malformed'
  | 'too-long'
  | 'wrong-version'
  | 'unknown-answer'
  | 'extra-answers'
  | 'broken-tree';

export interface StateError {
  code: StateErrorCode;
  /** Plain English for the reader: what happened, and that they can start again. */
  message: string;
  /** Leading answers that still fit the tree, so the UI may offer to carry on from there. */
  usable: string[];
}

export type DecodeResult = { ok: true; answers: string[] } | { ok: false; error: StateError };

const START_AGAIN = 'You can start again from the first question.';

/**
 * The link form of `answerIds`. Only the part of the list that walks the tree
 * is encoded, so whatever this returns decodes without error.
 */
export function encodeState(tree: WizardTree, answerIds: readonly string[]): string {
  return [String(tree.version), ...validPrefix(tree, answerIds)].join('.');
}

const STATE_FORM = /^(\d{1,9})((?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*)$/;

/**
 * Reads a state from a URL (the value only; a leading "#" is tolerated, as is
 * percent-encoding and a trailing full stop picked up when a link is copied
 * from a sentence). Never throws.
 */
export function decodeState(tree: WizardTree, input: unknown): DecodeResult {
  const error = (code: StateErrorCode, message: string, usable: string[] = []): DecodeResult => ({
    ok: false,
    error: { code, message, usable },
  });
  if (input === null || input === undefined)
    return error('empty', `There are no saved answers in this link. ${START_AGAIN}`);
  if (typeof input !== 'string')
    return error('malformed', `The saved answers in this link could not be read. ${START_AGAIN}`);
  if (input.length > MAX_STATE_LENGTH) {
    return error(
      'too-long',
      `The saved answers in this link are far longer than this tool ever makes, so they were not read. ${START_AGAIN}`,
    );
  }

  let text = input.trim();
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text).trim();
    } catch {
      return error(
        'malformed',
        `The saved answers in this link are damaged (it may have been changed when it was copied). ${START_AGAIN}`,
      );
    }
  }
  text = text.replace(/^#/, '').replace(/\.+$/, '').toLowerCase();
  if (text === '') return error('empty', `There are no saved answers in this link. ${START_AGAIN}`);

  const match = STATE_FORM.exec(text);
  if (!match) {
    return error(
      'malformed',
      `The saved answers in this link could not be read: it may have been cut short or changed when it was copied. ${START_AGAIN}`,
    );
  }
  const version = Number(match[1]);
  const answers = (match[2] ?? '').split('.').slice(1);

  if (version !== tree.version) {
    const age = version < tree.version ? 'an earlier' : 'a different';
    return error(
      'wrong-version',
      `This link was made with ${age} version of this tool, whose questions have since changed, so its answers may no longer mean the same. ${START_AGAIN}`,
    );
  }

  const result = walk(tree, answers);
  if (result.ok) return { ok: true, answers };
  const usable = validPrefix(tree, answers);
  const reason = result.reason;
  switch (reason.code) {
    case 'unknown-answer':
      return error(
        'unknown-answer',
        reason.index === 0
          ? `The first answer in this link is not one of the choices for the first question, so none of its answers could be used. ${START_AGAIN}`
          : `Answer ${reason.index + 1} in this link is not one of the choices for that question, so the answers stop there. You can carry on from question ${reason.index + 1} with ${firstAnswers(reason.index)}, or start again.`,
        usable,
      );
    case 'extra-answers':
      return error(
        'extra-answers',
        `This link has more answers than there are questions; the extra ones were left out. You can see the result of ${firstAnswers(reason.index)}, or start again.`,
        usable,
      );
    case 'no-result':
    case 'ambiguous':
      return error(
        'broken-tree',
        `This tool could not work out a result for the answers in this link (a fault on our side, not in your link). ${START_AGAIN}`,
        usable,
      );
  }
}

/** "your first answer", "your first 3 answers": never "the first 1 answers". */
export const firstAnswers = (n: number): string => (n === 1 ? 'your first answer' : `your first ${n} answers`);

/** localStorage key for a tree's saved answers: namespaced so trees and other site data never collide. */
export const storageKey = (treeId: string): string => `cgg:wizard:${treeId}`;

/** What is stored under storageKey(tree.id). */
export interface StoredState {
  /** The tree's version when saved. */
  v: number;
  answers: string[];
  /** Milliseconds since 1970 (Date.now()). */
  savedAt: number;
}

export function serializeStored(tree: WizardTree, answerIds: readonly string[], now: number = Date.now()): string {
  const stored: StoredState = { v: tree.version, answers: validPrefix(tree, answerIds), savedAt: now };
  return JSON.stringify(stored);
}

export type StoredReason = 'absent' | 'corrupt' | 'foreign' | 'other-version' | 'stale';

export type ParseStoredResult =
  | { ok: true; answers: string[]; savedAt: number }
  | { ok: false; reason: StoredReason; message: string };

/** Storage is shared with other code and other versions of the site: anything may be there. */
const MAX_STORED_LENGTH = 100_000;
const MAX_STORED_ANSWERS = 500;

/**
 * Reads what localStorage.getItem(storageKey(tree.id)) returned. Returns the
 * answers to resume with, or why there are none (for logs; the UI simply
 * starts afresh). Never throws.
 */
export function parseStored(raw: string | null, tree: WizardTree): ParseStoredResult {
  const none = (reason: StoredReason, message: string): ParseStoredResult => ({ ok: false, reason, message });
  if (raw === null || raw === undefined) return none('absent', 'nothing saved for this tool');
  if (typeof raw !== 'string' || raw.length > MAX_STORED_LENGTH)
    return none('corrupt', 'the saved answers are not readable');
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return none('corrupt', 'the saved answers are not valid JSON');
  }
  if (!isStoredState(data)) return none('foreign', 'what is saved under this key is not a set of answers');
  if (data.v !== tree.version)
    return none(
      'other-version',
      `the answers were saved with version ${data.v} of this tool; it is now version ${tree.version}`,
    );
  if (!walk(tree, data.answers).ok) return none('stale', 'the saved answers no longer fit the questions');
  return { ok: true, answers: [...data.answers], savedAt: data.savedAt };
}

function isStoredState(data: unknown): data is StoredState {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const { v, answers, savedAt } = data as Record<string, unknown>;
  return (
    Number.isInteger(v) &&
    Array.isArray(answers) &&
    answers.length <= MAX_STORED_ANSWERS &&
    answers.every((a) => typeof a === 'string') &&
    typeof savedAt === 'number' &&
    Number.isFinite(savedAt)
  );
}
