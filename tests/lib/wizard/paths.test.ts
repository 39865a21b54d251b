import { describe, expect, it } from 'vitest';
import { enumeratePaths, pathTable } from '../../../src/lib/wizard/paths';
import { walk } from '../../../src/lib/wizard/engine';
import { brokenFixtures } from './fixtures/broken';
import { fixtureTrees, formality, pppType } from './fixtures/index';
import type { WizardTree } from '../../../src/lib/wizard/types';

describe('enumeratePaths', () => {
  it('lists every path in answer order', () => {
    expect(enumeratePaths(pppType())).toEqual([
      { answers: ['buy-service'], outcome: 'o-procurement' },
      { answers: ['protect-ci', 'yes'], outcome: 'o-critical-infrastructure' },
      { answers: ['protect-ci', 'no'], outcome: 'o-information-sharing' },
      { answers: ['share-info', 'yes'], outcome: 'o-critical-infrastructure' },
      { answers: ['share-info', 'no'], outcome: 'o-information-sharing' },
      { answers: ['culture'], outcome: 'o-culture' },
    ]);
  });

  it.each(fixtureTrees().map((t) => [t.id, t] as const))(
    'every path of %s walks to its outcome, and every outcome has a path',
    (_, tree) => {
      const paths = enumeratePaths(tree);
      for (const path of paths) {
        const result = walk(tree, path.answers);
        expect(result.ok && result.node.id).toBe(path.outcome);
      }
      const outcomes = tree.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id);
      expect(new Set(paths.map((p) => p.outcome))).toEqual(new Set(outcomes));
    },
  );

  it('throws on a loop or a missing node instead of running on', () => {
    const tree = (rule: string) => brokenFixtures.find((f) => f.rule === rule)!.tree as WizardTree;
    expect(() => enumeratePaths(tree('cycle'))).toThrow(/part of a loop/);
    expect(() => enumeratePaths(tree('dangling-answer'))).toThrow(/"o-foo" does not exist/);
  });
});

describe('pathTable', () => {
  it('keys outcomes by the answers joined with " > "', () => {
    expect(pathTable(formality())).toEqual({
      'yes > yes': 'o-informal',
      'yes > no > no': 'o-formal',
      'yes > no > yes': 'o-informal',
      'no > no': 'o-formal',
      'no > yes': 'o-informal',
    });
  });
});
