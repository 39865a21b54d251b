/**
 * decodeState and parseStored face whatever is in a URL or in storage: for
 * thousands of random and damaged inputs they return, never throw, and every
 * error carries a message for the reader.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walk } from '../../../src/lib/wizard/engine';
import { enumeratePaths } from '../../../src/lib/wizard/paths';
import { decodeState, encodeState, parseStored, serializeStored } from '../../../src/lib/wizard/state';
import type { WizardTree } from '../../../src/lib/wizard/types';
import { fixtureTrees, pppType } from './fixtures/index';

const tree = pppType();
const RUNS = 1500;

/** Checks the contract for one input and returns the result. */
function decodeChecked(t: WizardTree, input: unknown) {
  const result = decodeState(t, input); // a throw fails the property
  if (result.ok) {
    expect(walk(t, result.answers).ok).toBe(true);
  } else {
    expect(result.error.message.trim().length).toBeGreaterThan(20);
    expect(walk(t, result.error.usable).ok).toBe(true);
  }
  return result;
}

/** A random walk from the first question: at each question, pick an answer by the next number. */
const randomWalk = (t: WizardTree, picks: number[], stopEarly: number) => {
  const answers: string[] = [];
  for (const pick of picks) {
    const result = walk(t, answers);
    if (!result.ok || result.done || answers.length === stopEarly) break;
    answers.push(result.question.answers[pick % result.question.answers.length]!.id);
  }
  return answers;
};

const walkArb = fc.tuple(fc.array(fc.nat(), { minLength: 10, maxLength: 10 }), fc.nat({ max: 10 }));

/** Ways a link gets damaged on its way from one reader to another. */
const mutation = fc.oneof(
  fc.nat().map((n) => (s: string) => s.slice(0, n % (s.length + 1))), // truncated
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 5 })).map(([n, ins]) => (s: string) => {
    const at = n % (s.length + 1);
    return s.slice(0, at) + ins + s.slice(at);
  }), // characters inserted
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (s: string) => {
    const chars = [...s];
    const [i, j] = [a % Math.max(chars.length, 1), b % Math.max(chars.length, 1)];
    [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
    return chars.join('');
  }), // two characters swapped
  fc.integer({ min: -5, max: 1_000_000_000_000 }).map((v) => (s: string) => s.replace(/^\d+/, String(v))), // version changed
  fc
    .boolean()
    .map(
      (all) => (s: string) =>
        all
          ? [...s].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')
          : encodeURIComponent(s.toWellFormed()).replace(/\./g, '%2E'),
    ), // percent-encoded (a URL cannot hold a lone surrogate, which an insertion above may leave)
  fc.nat().map((n) => (s: string) => s.replace(/\./g, n % 2 ? '..' : '/')), // separators changed
  fc.constant((s: string) => s.repeat(300)), // repeated past the length limit
);

describe('decodeState, property-based', () => {
  it(`never throws on ${RUNS} random strings`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => void decodeChecked(tree, s)),
      { numRuns: RUNS },
    );
  });

  it(`never throws on ${RUNS} strings made of the state's own characters`, () => {
    const chars = fc.constantFrom(...'0123456789.-abceinoprstuy%#'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 40 }), (s) => void decodeChecked(tree, s)),
      { numRuns: RUNS },
    );
  });

  it(`never throws on ${RUNS} damaged valid links`, () => {
    fc.assert(
      fc.property(walkArb, fc.array(mutation, { minLength: 1, maxLength: 3 }), ([picks, stop], damage) => {
        const input = damage.reduce((s, f) => f(s), encodeState(tree, randomWalk(tree, picks, stop)));
        decodeChecked(tree, input);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on other kinds of value', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => void decodeChecked(tree, v)),
      { numRuns: 500 },
    );
    for (const v of [
      null,
      undefined,
      0,
      NaN,
      -1,
      3,
      3n,
      true,
      Symbol('x'),
      () => '3',
      new Date(),
      'x'.repeat(10_000_000),
    ]) {
      decodeChecked(tree, v);
    }
  });

  it('reads back every encoded random walk, on every fixture', () => {
    for (const t of fixtureTrees()) {
      fc.assert(
        fc.property(walkArb, ([picks, stop]) => {
          const answers = randomWalk(t, picks, stop);
          expect(decodeState(t, encodeState(t, answers))).toEqual({ ok: true, answers });
        }),
        { numRuns: 300 },
      );
      for (const path of enumeratePaths(t)) {
        expect(decodeState(t, encodeState(t, path.answers))).toEqual({ ok: true, answers: path.answers });
      }
    }
  });
});

describe('parseStored, property-based', () => {
  it(`never throws on ${RUNS} random strings or JSON values`, () => {
    const raw = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(raw, (s) => {
        const result = parseStored(s, tree);
        if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads back every saved random walk', () => {
    fc.assert(
      fc.property(walkArb, fc.nat(), ([picks, stop], now) => {
        const answers = randomWalk(tree, picks, stop);
        expect(parseStored(serializeStored(tree, answers, now), tree)).toEqual({ ok: true, answers, savedAt: now });
      }),
      { numRuns: 300 },
    );
  });
});
