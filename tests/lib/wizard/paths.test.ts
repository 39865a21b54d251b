import { describe, expect, it } from 'vitest';
import { answerPrefixes, explore } from '../../../src/lib/wizard/combinations';
import { walk } from '../../../src/lib/wizard/engine';
import { enumeratePaths, PATH_TABLE_LIMIT, pathTable } from '../../../src/lib/wizard/paths';
import type { WizardTree } from '../../../src/lib/wizard/types';
import { brokenFixtures } from './fixtures/broken';
import { fixtureTrees, formality, pppType, stage } from './fixtures/index';

describe('enumeratePaths', () => {
  it('lists every complete combination in answer order, with its result and notes', () => {
    expect(enumeratePaths(pppType())).toEqual([
      { answers: ['buy-service'], outcome: 'o-procurement', notes: [] },
      { answers: ['protect-ci', 'yes'], outcome: 'o-critical-infrastructure', notes: [] },
      { answers: ['protect-ci', 'no'], outcome: 'o-information-sharing', notes: ['n-informal-start'] },
      { answers: ['share-info', 'yes'], outcome: 'o-critical-infrastructure', notes: ['n-classified'] },
      { answers: ['share-info', 'no'], outcome: 'o-information-sharing', notes: ['n-informal-start'] },
      { answers: ['culture'], outcome: 'o-culture', notes: ['n-informal-start'] },
    ]);
  });

  it.each(fixtureTrees().map((t) => [t.id, t] as const))(
    'every path of %s walks to its result, and every result has a path',
    (_, tree) => {
      const paths = enumeratePaths(tree);
      for (const path of paths) {
        const result = walk(tree, path.answers);
        expect(result.ok && result.done && result.result.id).toBe(path.outcome);
      }
      expect(new Set(paths.map((p) => p.outcome))).toEqual(new Set(tree.results.map((r) => r.id)));
    },
  );

  it('throws on a gap or an overlap instead of inventing a result', () => {
    const tree = (rule: string) => brokenFixtures.find((f) => f.rule === rule)!.tree as WizardTree;
    expect(() => enumeratePaths(tree('gap'))).toThrow(/answers "culture": no rule matches these answers/);
    expect(() => enumeratePaths(tree('overlap'))).toThrow(/all match these answers/);
  });
});

describe('explore', () => {
  it('counts combinations and the answer lists a "pages" wizard pre-renders', () => {
    expect(explore(pppType(), () => {})).toEqual({ combinations: 6, prefixes: 9, truncated: false });
    expect(explore(stage(), () => {}, { limit: 2 })).toEqual({ combinations: 2, prefixes: 6, truncated: true });
  });

  it('gives the values by question, with the skipped code for a question not asked', () => {
    const seen: number[][] = [];
    explore(stage(), (values) => seen.push([...values]));
    expect(seen).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 3],
    ]);
  });
});

describe('answerPrefixes', () => {
  it('lists every answer list once, the empty one first', () => {
    const prefixes = answerPrefixes(pppType());
    expect(prefixes[0]).toEqual([]);
    expect(prefixes).toHaveLength(9);
    expect(new Set(prefixes.map((p) => p.join('/'))).size).toBe(9);
    for (const p of prefixes) expect(walk(pppType(), p).ok).toBe(true);
  });
});

describe('pathTable', () => {
  it('keys result and notes by the answers joined with " > "', () => {
    expect(pathTable(formality())).toEqual({
      'yes > yes': 'o-informal',
      'yes > no > no': 'o-formal',
      'yes > no > yes': 'o-informal',
      'no > no': 'o-formal',
      'no > yes': 'o-informal',
    });
    expect(pathTable(stage())['yes > not-sure']).toBe('o-between + n-find-out');
  });

  it(`summarises an assessment of more than ${PATH_TABLE_LIMIT} combinations by result and note`, () => {
    const big = pppType();
    const why = big.questions[0]!.why;
    const answers = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, label: id }));
    big.questions = ['q-1', 'q-2', 'q-3', 'q-4', 'q-5'].map((id) => ({ id, title: `${id}?`, why, answers }));
    big.rules = [
      { id: 'a', when: [{ 'q-1': ['a'] }], result: 'o-culture' },
      { id: 'rest', when: [{ 'q-1': ['b', 'c', 'd', 'e', 'f'] }], result: 'o-procurement' },
    ];
    big.notes = [{ ...big.notes![0]!, when: [{ 'q-2': ['a'] }], results: ['o-culture'] }];
    expect(pathTable(big)).toEqual({
      'note n-classified with o-culture': '216 combinations',
      'result o-culture': '1296 combinations',
      'result o-procurement': '6480 combinations',
    });
  });
});
