import { describe, expect, it } from 'vitest';
import {
  changeAnswer,
  nodeById,
  outcomesOf,
  questionPosition,
  questionsOf,
  validPrefix,
  walk,
} from '../../../src/lib/wizard/engine';
import { even, formality, pppType } from './fixtures/index';

const tree = pppType();

describe('walk', () => {
  it('starts at the start question', () => {
    const result = walk(tree, []);
    expect(result).toMatchObject({ ok: true, node: { id: 'q-objective' }, steps: [] });
  });

  it('follows answers to the next question and to an outcome', () => {
    const mid = walk(tree, ['share-info']);
    expect(mid).toMatchObject({ ok: true, node: { id: 'q-confidential' } });
    const end = walk(tree, ['share-info', 'no']);
    expect(end.ok && end.node.id).toBe('o-information-sharing');
    expect(end.ok && end.steps.map((s) => [s.question.id, s.answer.id])).toEqual([
      ['q-objective', 'share-info'],
      ['q-confidential', 'no'],
    ]);
  });

  it('names the step of an unknown answer', () => {
    expect(walk(tree, ['protect-ci', 'maybe'])).toMatchObject({
      ok: false,
      reason: { code: 'unknown-answer', index: 1, answerId: 'maybe', questionId: 'q-confidential' },
    });
  });

  it('refuses answers after an outcome', () => {
    expect(walk(tree, ['culture', 'yes'])).toMatchObject({
      ok: false,
      reason: { code: 'past-outcome', index: 1, outcomeId: 'o-culture' },
    });
  });

  it('reports a broken tree instead of throwing', () => {
    const broken = pppType();
    broken.start = 'nowhere';
    expect(walk(broken, [])).toMatchObject({ ok: false, reason: { code: 'missing-node', nodeId: 'nowhere' } });
    const dangling = pppType();
    (dangling.nodes[1] as { answers: { next: string }[] }).answers[0]!.next = 'o-gone';
    expect(walk(dangling, ['protect-ci', 'yes'])).toMatchObject({
      ok: false,
      reason: { code: 'missing-node', index: 1, nodeId: 'o-gone' },
    });
    expect(validPrefix(dangling, ['protect-ci', 'yes'])).toEqual(['protect-ci']);
  });
});

describe('validPrefix', () => {
  it('keeps the answers before the first that does not fit', () => {
    expect(validPrefix(tree, ['protect-ci', 'yes'])).toEqual(['protect-ci', 'yes']);
    expect(validPrefix(tree, ['protect-ci', 'perhaps', 'yes'])).toEqual(['protect-ci']);
    expect(validPrefix(tree, ['culture', 'yes'])).toEqual(['culture']);
  });
});

describe('questionPosition', () => {
  const position = (t: ReturnType<typeof pppType>, answers: string[]) => {
    const result = walk(t, answers);
    if (!result.ok) throw new Error(result.reason.message);
    return questionPosition(t, result.steps);
  };

  it('gives no total while paths ahead differ in length', () => {
    expect(position(tree, [])).toEqual({ index: 1, total: undefined });
  });

  it('gives the total once every path ahead is as long', () => {
    expect(position(tree, ['share-info'])).toEqual({ index: 2, total: 2 });
    expect(position(even(), [])).toEqual({ index: 1, total: 2 });
    expect(position(even(), ['b'])).toEqual({ index: 2, total: 2 });
  });

  it('counts a shared question by the path taken to it', () => {
    expect(position(formality(), ['no'])).toEqual({ index: 2, total: 2 });
    expect(position(formality(), ['yes', 'no'])).toEqual({ index: 3, total: 3 });
    expect(position(formality(), ['yes'])).toEqual({ index: 2, total: undefined });
  });

  it('on an outcome, gives the number of questions answered', () => {
    expect(position(tree, ['culture'])).toEqual({ index: 1, total: 1 });
    expect(position(tree, ['protect-ci', 'yes'])).toEqual({ index: 2, total: 2 });
  });

  it('does not loop forever on a tree with a loop', () => {
    const loop = pppType();
    (loop.nodes[1] as { answers: { next: string }[] }).answers[1]!.next = 'q-objective';
    expect(position(loop, [])).toEqual({ index: 1, total: undefined });
  });
});

describe('changeAnswer', () => {
  const f = formality();

  it('keeps later answers by question, not by position', () => {
    // yes → q-new, no → q-trust, no → o-formal. Changing the first answer to "no" goes
    // straight to q-trust: its earlier answer "no" is kept, q-new's is dropped.
    expect(changeAnswer(f, ['yes', 'no', 'no'], 0, 'no')).toEqual(['no', 'no']);
  });

  it('drops later answers from the first question not answered before', () => {
    expect(changeAnswer(f, ['no', 'yes'], 0, 'yes')).toEqual(['yes']);
    expect(changeAnswer(tree, ['protect-ci', 'yes'], 0, 'culture')).toEqual(['culture']);
  });

  it('keeps the answers of a shared question reached another way', () => {
    expect(changeAnswer(tree, ['protect-ci', 'no'], 0, 'share-info')).toEqual(['share-info', 'no']);
  });

  it('changes the last answer, and answers the current question', () => {
    expect(changeAnswer(tree, ['protect-ci', 'no'], 1, 'yes')).toEqual(['protect-ci', 'yes']);
    expect(changeAnswer(tree, ['protect-ci'], 1, 'yes')).toEqual(['protect-ci', 'yes']);
  });

  it('leaves the given list alone', () => {
    const answers = ['protect-ci', 'no'];
    changeAnswer(tree, answers, 0, 'culture');
    expect(answers).toEqual(['protect-ci', 'no']);
  });

  it('throws on a step the walk does not reach or an answer the question does not have', () => {
    expect(() => changeAnswer(tree, ['culture'], 1, 'yes')).toThrow(RangeError);
    expect(() => changeAnswer(tree, ['protect-ci'], 3, 'yes')).toThrow(/step 3/);
    expect(() => changeAnswer(tree, ['protect-ci'], 0, 'maybe')).toThrow(/"maybe" is not an answer of "q-objective"/);
    expect(() => changeAnswer(tree, [], -1, 'culture')).toThrow(RangeError);
  });
});

describe('listing nodes', () => {
  it('lists questions and outcomes in file order', () => {
    expect(questionsOf(tree).map((q) => q.id)).toEqual(['q-objective', 'q-confidential']);
    expect(outcomesOf(tree).map((o) => o.id)).toEqual([
      'o-procurement',
      'o-critical-infrastructure',
      'o-information-sharing',
      'o-culture',
    ]);
    expect(nodeById(tree, 'o-culture')?.kind).toBe('outcome');
    expect(nodeById(tree, 'nope')).toBeUndefined();
  });
});
