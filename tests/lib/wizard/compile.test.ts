import { describe, expect, it } from 'vitest';
import { explore } from '../../../src/lib/wizard/combinations';
import { compile, soleMatchingRule } from '../../../src/lib/wizard/compile';
import { decidingRule } from '../../../src/lib/wizard/engine';
import type { WizardTree } from '../../../src/lib/wizard/types';
import { fixtureTrees } from './fixtures/index';

/** What decidingRule says of each combination, as soleMatchingRule's number: the rule, -1 for none, -2 for several. */
const expected = (tree: WizardTree, values: readonly number[]) => {
  const d = decidingRule(compile(tree), values);
  return d.ok ? d.match.rule : d.code === 'no-result' ? -1 : -2;
};

const agreesEverywhere = (tree: WizardTree) => {
  const seen = new Set<number>();
  explore(tree, (values) => {
    const sole = soleMatchingRule(compile(tree), values);
    expect(sole).toBe(expected(tree, values));
    seen.add(sole);
  });
  return seen;
};

describe('soleMatchingRule', () => {
  it.each(fixtureTrees().map((t) => [t.id, t] as const))(
    '%s: the rule decidingRule finds, for every combination',
    (_, tree) => {
      expect([...agreesEverywhere(tree)].every((i) => i >= 0)).toBe(true);
    },
  );

  it('says none (-1) where a rule is missing and several (-2) where two hold', () => {
    const tree = fixtureTrees()[0]!;
    expect(agreesEverywhere({ ...tree, rules: tree.rules.slice(1) })).toContain(-1);
    expect(agreesEverywhere({ ...tree, rules: [...tree.rules, { ...tree.rules[0]!, id: 'again' }] })).toContain(-2);
  });
});
