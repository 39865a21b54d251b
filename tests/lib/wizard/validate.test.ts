/**
 * validateTree: the valid fixtures pass, and each rule fires on a fixture
 * broken in just that way, with a message that names tree, node and rule.
 */
import { describe, expect, it } from 'vitest';
import { assertValidTrees, RULES, validateTree } from '../../../src/lib/wizard/validate';
import { brokenFixtures } from './fixtures/broken';
import { even, fakeSources, fixtureTrees, pppType } from './fixtures/index';

describe('validateTree', () => {
  it.each(fixtureTrees().map((t) => [t.id, t] as const))('finds no problem in the valid fixture %s', (_, tree) => {
    expect(validateTree(tree, fakeSources)).toEqual([]);
  });

  it('finds no structural problem in the even fixture (no source checks given)', () => {
    expect(validateTree(even())).toEqual([]);
  });

  it.each(brokenFixtures.map((f) => [f.rule, f.name, f] as const))('[%s] fires on %s', (rule, _, fixture) => {
    const problems = validateTree(fixture.tree, fakeSources);
    expect(problems.map((p) => p.message)).toContain(fixture.message);
    const problem = problems.find((p) => p.message === fixture.message)!;
    expect(problem.rule).toBe(rule);
    expect(problem.tree).toBe('fixture-ppp-type');
  });

  it('has a broken fixture for every rule', () => {
    expect(new Set(brokenFixtures.map((f) => f.rule))).toEqual(new Set(RULES));
  });

  it('skips the source checks it is not given', () => {
    const anchorFixture = brokenFixtures.find((f) => f.rule === 'missing-anchor')!;
    const quoteFixture = brokenFixtures.find((f) => f.rule === 'quote-not-found')!;
    expect(validateTree(anchorFixture.tree, { quoteFound: fakeSources.quoteFound })).toEqual([]);
    expect(validateTree(quoteFixture.tree, { anchorExists: fakeSources.anchorExists })).toEqual([]);
  });

  it('reports a loop once, and every node a loop strands', () => {
    const deadEnd = brokenFixtures.find((f) => f.rule === 'dead-end')!;
    const rules = validateTree(deadEnd.tree).map((p) => `${p.rule} ${p.node}`);
    expect(rules.sort()).toEqual(['cycle q-loop-b', 'dead-end q-loop-a', 'dead-end q-loop-b']);
  });

  it('reports shape errors by field path and node id, for any input', () => {
    const tree = pppType() as unknown as { nodes: Record<string, unknown>[]; version: unknown };
    tree.version = 0;
    tree.nodes[1]!.colour = 'red';
    (tree.nodes[0]!.answers as Record<string, unknown>[])[2]!.id = 'Share Info';
    const messages = validateTree(tree).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'fixture-ppp-type › version: must be 1 or more [schema]',
        'fixture-ppp-type › q-confidential › Unrecognized key: "colour" [schema]',
        'fixture-ppp-type › q-objective › answers[2].id: use lower-case letters, digits and single hyphens, e.g. "q-objective" [schema]',
      ]),
    );
    for (const input of [null, 42, 'tree', [], {}, { id: 'x', nodes: [null] }]) {
      const problems = validateTree(input);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.rule === 'schema' && p.message.length > 0)).toBe(true);
    }
    expect(validateTree({ id: 'x', nodes: [{ kind: 'maybe' }] }).map((p) => p.message)).toContain(
      'x › nodes[0] › kind: must be "question" or "outcome" [schema]',
    );
  });
});

describe('assertValidTrees', () => {
  it('passes valid trees', () => {
    expect(() => assertValidTrees(fixtureTrees(), fakeSources)).not.toThrow();
  });

  it('throws one error listing every problem of every tree', () => {
    // The dangling answer also strands o-information-sharing: 2 + 1 problems, and the tree id twice.
    const [a, b] = [brokenFixtures[4]!, brokenFixtures[5]!];
    expect(() => assertValidTrees([a.tree, b.tree, pppType()], fakeSources)).toThrow(
      /4 problems in the wizard trees:[\s\S]*\[dangling-answer\][\s\S]*\[duplicate-answer\][\s\S]*\[duplicate-tree\]/,
    );
  });
});
