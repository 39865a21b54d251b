import { describe, expect, it } from 'vitest';
import {
  changeAnswer,
  headline,
  questionById,
  questionPosition,
  resultById,
  validPrefix,
  walk,
} from '../../../src/lib/wizard/engine';
import { even, formality, pppType, stage } from './fixtures/index';

const tree = pppType();

const done = (t: ReturnType<typeof pppType>, answers: string[]) => {
  const w = walk(t, answers);
  if (!w.ok || !w.done) throw new Error(`expected a result for ${answers.join(' > ')}`);
  return w;
};

describe('walk', () => {
  it('starts at the first question', () => {
    expect(walk(tree, [])).toMatchObject({ ok: true, done: false, question: { id: 'q-objective' }, steps: [] });
  });

  it('asks a question only when its askIf holds, and evaluates the table over all the answers', () => {
    expect(walk(tree, ['share-info'])).toMatchObject({ ok: true, done: false, question: { id: 'q-confidential' } });
    const end = done(tree, ['share-info', 'no']);
    expect(end.result.id).toBe('o-information-sharing');
    expect(end.rule.id).toBe('information-sharing');
    expect(end.steps.map((s) => [s.question.id, s.answer.id])).toEqual([
      ['q-objective', 'share-info'],
      ['q-confidential', 'no'],
    ]);
    // q-confidential is skipped for "culture": the answers end after one.
    expect(done(tree, ['culture']).result.id).toBe('o-culture');
  });

  it('gives the notes whose clauses hold for the result, in data order, and which clause of the rule held', () => {
    expect(done(tree, ['share-info', 'yes']).notes.map((n) => n.id)).toEqual(['n-classified']);
    // n-classified is only for share-info; n-informal-start holds for any result.
    expect(done(tree, ['protect-ci', 'yes']).notes).toEqual([]);
    expect(done(tree, ['share-info', 'no']).notes.map((n) => n.id)).toEqual(['n-informal-start']);
    expect(done(even(), ['b', 'a'])).toMatchObject({ rule: { id: 'x' }, clause: 1 });
  });

  it('matches "skipped" for a question not asked', () => {
    expect(done(stage(), ['no']).result.id).toBe('o-emerging');
    expect(done(stage(), ['yes', 'not-sure']).notes.map((n) => n.id)).toEqual(['n-find-out']);
  });

  it('names the step of an unknown answer', () => {
    expect(walk(tree, ['protect-ci', 'maybe'])).toMatchObject({
      ok: false,
      reason: { code: 'unknown-answer', index: 1, answerId: 'maybe', questionId: 'q-confidential' },
    });
  });

  it('refuses answers after the last question', () => {
    expect(walk(tree, ['culture', 'yes'])).toMatchObject({ ok: false, reason: { code: 'extra-answers', index: 1 } });
  });

  it('reports a gap, an overlap or a missing result in the table instead of throwing', () => {
    const gap = pppType();
    gap.rules = gap.rules.filter((r) => r.id !== 'culture');
    expect(walk(gap, ['culture'])).toMatchObject({ ok: false, reason: { code: 'no-result', index: 0 } });
    const overlap = pppType();
    overlap.rules.push({ id: 'again', when: [{ 'q-objective': ['culture'] }], result: 'o-procurement' });
    expect(walk(overlap, ['culture'])).toMatchObject({
      ok: false,
      reason: { code: 'ambiguous', message: 'rules "culture", "again" all match these answers' },
    });
    const missing = pppType();
    missing.rules[3]!.result = 'o-gone';
    expect(walk(missing, ['culture'])).toMatchObject({ ok: false, reason: { code: 'no-result' } });
    expect(validPrefix(missing, ['culture'])).toEqual([]);
  });

  it('treats a clause naming an unknown question as never holding', () => {
    const broken = pppType();
    broken.questions[1]!.askIf = [{ 'q-nowhere': ['yes'] }];
    expect(walk(broken, ['protect-ci'])).toMatchObject({ ok: false, reason: { code: 'no-result' } });
  });
});

describe('headline', () => {
  it('appends the headlines of the notes shown', () => {
    const w = done(tree, ['share-info', 'yes']);
    expect(headline(w.result, w.notes)).toBe(
      'A partnership to protect critical infrastructure — with information sharing',
    );
    const plain = done(tree, ['protect-ci', 'yes']);
    expect(headline(plain.result, plain.notes)).toBe('A partnership to protect critical infrastructure');
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
  it('gives no total while the ways on differ in length', () => {
    expect(questionPosition(tree, [])).toEqual({ index: 1, total: undefined });
    expect(questionPosition(stage(), [])).toEqual({ index: 1, total: undefined });
  });

  it('gives the total once every way on is as long', () => {
    expect(questionPosition(tree, ['share-info'])).toEqual({ index: 2, total: 2 });
    expect(questionPosition(even(), [])).toEqual({ index: 1, total: 2 });
    expect(questionPosition(even(), ['b'])).toEqual({ index: 2, total: 2 });
  });

  it('counts a question reached after different questions by the way taken to it', () => {
    expect(questionPosition(formality(), ['no'])).toEqual({ index: 2, total: 2 });
    expect(questionPosition(formality(), ['yes', 'no'])).toEqual({ index: 3, total: 3 });
    expect(questionPosition(formality(), ['yes'])).toEqual({ index: 2, total: undefined });
  });

  it('on a result, gives the number of questions answered', () => {
    expect(questionPosition(tree, ['culture'])).toEqual({ index: 1, total: 1 });
    expect(questionPosition(tree, ['protect-ci', 'yes'])).toEqual({ index: 2, total: 2 });
  });

  it('gives no total for answers that do not fit', () => {
    expect(questionPosition(tree, ['perhaps'])).toEqual({ index: 2, total: undefined });
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

  it('keeps the answer of a question asked after a different answer', () => {
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

describe('looking up', () => {
  it('finds questions and results by id', () => {
    expect(questionById(tree, 'q-confidential')?.title).toBe('Will partners share classified information?');
    expect(resultById(tree, 'o-culture')?.title).toBe('A partnership for cybersecurity culture');
    expect(questionById(tree, 'nope')).toBeUndefined();
    expect(resultById(tree, 'nope')).toBeUndefined();
  });
});
