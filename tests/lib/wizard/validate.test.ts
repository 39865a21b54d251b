/**
 * validateTree: the valid fixtures pass, and each rule fires on a fixture
 * broken in just that way, with a message that names tree, where and rule.
 */
import { describe, expect, it } from 'vitest';
import { wizardTreeSchema } from '../../../src/lib/wizard/schema';
import {
  assertValidTrees,
  RULES,
  validateShared,
  validateTree,
  validateTreeReport,
} from '../../../src/lib/wizard/validate';
import { brokenFixtures } from './fixtures/broken';
import { even, fakeSources, fixtureTrees, pppType, shared, stage } from './fixtures/index';

describe('validateTree', () => {
  it.each(fixtureTrees().map((t) => [t.id, t] as const))('finds no problem in the valid fixture %s', (_, tree) => {
    expect(validateTree(tree, { ...fakeSources, shared: shared() })).toEqual([]);
  });

  it('finds no structural problem in the even fixture (no source checks given)', () => {
    expect(validateTree(even())).toEqual([]);
  });

  it.each(brokenFixtures.map((f) => [f.rule, f.name, f] as const))('[%s] fires on %s', (rule, _, fixture) => {
    const problems = validateTree(fixture.tree, fixture.options ?? fakeSources);
    expect(problems.map((p) => p.message)).toContain(fixture.message);
    const problem = problems.find((p) => p.message === fixture.message)!;
    expect(problem.rule).toBe(rule);
    expect(fixture.message.startsWith(`${problem.tree} › `)).toBe(true);
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

  it('skips the shared-fact checks without shared.json', () => {
    for (const f of brokenFixtures.filter((b) => b.options?.shared)) expect(validateTree(f.tree)).toEqual([]);
  });

  it('checks the combinations only once the references are sound, so one typo gives one message', () => {
    const typo = brokenFixtures.find((f) => f.rule === 'unknown-question')!;
    expect(validateTree(typo.tree).map((p) => p.rule)).toEqual(['unknown-question']);
  });

  it('reports a removed rule as a gap and as a result nothing leads to, not as anything else', () => {
    const gap = brokenFixtures.find((f) => f.rule === 'gap')!;
    expect(validateTree(gap.tree).map((p) => `${p.rule} ${p.at ?? ''}`)).toEqual([
      'gap ',
      'unused-result result "o-culture"',
    ]);
  });

  it('counts the combinations and the pages they would need', () => {
    expect(validateTreeReport(pppType()).stats).toMatchObject({ combinations: 6, prefixes: 9, truncated: false });
    expect(validateTreeReport(stage()).stats).toMatchObject({ combinations: 4, prefixes: 6 });
    expect(validateTreeReport({}).stats).toBeUndefined();
  });

  it('reports shape errors by field path and element id, for any input', () => {
    const tree = pppType() as unknown as { questions: Record<string, unknown>[]; rules: unknown[]; version: unknown };
    tree.version = 0;
    tree.questions[1]!.colour = 'red';
    (tree.questions[0]!.answers as Record<string, unknown>[])[2]!.id = 'Share Info';
    (tree.questions[1]!.answers as Record<string, unknown>[])[0]!.id = 'skipped';
    tree.rules.push({ id: 'x', when: [{ 'q-objective': 'culture' }], result: 'o-culture' });
    const messages = validateTree(tree).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'fixture-ppp-type › version: must be 1 or more [schema]',
        'fixture-ppp-type › question "q-confidential" › Unrecognized key: "colour" [schema]',
        'fixture-ppp-type › question "q-objective" › answers[2].id: use lower-case letters, digits and single hyphens, e.g. "q-objective" [schema]',
        'fixture-ppp-type › question "q-confidential" › answers[0].id: "skipped" is reserved for a question that was not asked; choose another id [schema]',
        'fixture-ppp-type › rule "x" › when[0].q-objective: give the answer ids as a list, e.g. ["yes", "not-sure"] [schema]',
      ]),
    );
    for (const input of [null, 42, 'tree', [], {}, { id: 'x', questions: [null] }, { id: 'x', rules: [{ when: 3 }] }]) {
      const problems = validateTree(input);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((p) => p.rule === 'schema' && p.message.length > 0)).toBe(true);
    }
    expect(validateTree({ id: 'x', noJs: 'pdf' }).map((p) => p.message)).toContain(
      'x › noJs: must be "pages" (one page per answer) or "checklist" (the whole questionnaire on one page) [schema]',
    );
  });

  it('never throws on trees damaged in the ways the old engine could not take', () => {
    // The old validator threw "Cannot read properties of undefined (reading 'kind')" on a dangling `next`.
    const old = {
      id: 'old',
      version: 1,
      start: 'q',
      nodes: [{ kind: 'question', id: 'q', answers: [{ id: 'a', next: 'o-gone' }] }],
    };
    expect(() => validateTree(old)).not.toThrow();
    expect(validateTree(old).map((p) => p.rule)).toContain('schema');
    const wild = pppType() as unknown as Record<string, unknown>;
    wild.notes = [
      {
        id: 'n',
        kind: 'also',
        when: [{}],
        title: 'T',
        text: 'T',
        citations: [{ doc: 'x', anchor: 'y', quote: 'long enough quote' }],
      },
    ];
    expect(() => validateTree(wild, fakeSources)).not.toThrow();
  });
});

describe('validateShared', () => {
  const trees = () => fixtureTrees();

  it('passes the fixture', () => {
    expect(validateShared(shared(), trees(), fakeSources)).toEqual([]);
  });

  it('names conflicts that point at wizards or results that do not exist, and missing quotes', () => {
    const data = shared() as unknown as {
      conflicts: { when: Record<string, string[]>; citations: { quote: string }[] }[];
    };
    data.conflicts[0]!.when = { 'fixture-stage': ['o-nascent'], 'fixture-gone': ['o-formal'] };
    data.conflicts[0]!.citations[1]!.quote = 'not in the fixture documents at all';
    expect(validateShared(data, trees(), fakeSources).map((p) => p.message)).toEqual([
      'shared › conflict "emerging-but-formal" › when.fixture-stage: "o-nascent" is not a result of fixture-stage (results: o-emerging, o-mature, o-between) [unknown-result]',
      'shared › conflict "emerging-but-formal" › when: wizard "fixture-gone" does not exist (wizards: fixture-ppp-type, fixture-formality, fixture-stage, fixture-formal) [unknown-tree]',
      'shared › conflict "emerging-but-formal" › citation 2 quote "not in the fixture documents at all" is not in the text of ppp-guide/chapter-2 [quote-not-found]',
    ]);
  });

  it('reports its shape by field path', () => {
    const data = shared() as unknown as { conflicts: { citations: unknown[] }[]; facts: Record<string, unknown> };
    data.conflicts[0]!.citations.pop();
    data.facts['ppp-objective'] = { label: 'Objective', values: { one: 'One' } };
    expect(validateShared(data, trees()).map((p) => p.message)).toEqual([
      'shared › facts.ppp-objective.values: a fact needs at least two values [schema]',
      'shared › conflict "emerging-but-formal" › citations: a conflict quotes at least two passages, one for each side [schema]',
    ]);
  });
});

describe('assertValidTrees', () => {
  it('passes valid trees and gives the search sizes', () => {
    const stats = assertValidTrees(fixtureTrees(), { ...fakeSources, shared: shared(), sharedInput: shared() });
    expect([...stats.keys()]).toEqual(['fixture-ppp-type', 'fixture-formality', 'fixture-stage', 'fixture-formal']);
  });

  it('throws one error listing every problem of every tree', () => {
    const [a, b] = [brokenFixtures.find((f) => f.rule === 'gap')!, brokenFixtures.find((f) => f.rule === 'overlap')!];
    expect(() => assertValidTrees([a.tree, b.tree], fakeSources)).toThrow(
      // The overlap also leaves o-critical-infrastructure and its note without a combination of their own.
      /6 problems in the wizards:[\s\S]*\[gap\][\s\S]*\[unused-result\][\s\S]*\[overlap\][\s\S]*\[unused-result\][\s\S]*\[dead-note\][\s\S]*\[duplicate-tree\]/,
    );
  });

  it('includes shared.json', () => {
    expect(() => assertValidTrees(fixtureTrees(), { sharedInput: { facts: {} } })).toThrow(
      /shared › conflicts: must be a list \[schema\]/,
    );
  });

  it('the fixtures parse as trees (the broken ones are broken on purpose)', () => {
    for (const t of fixtureTrees()) expect(wizardTreeSchema.safeParse(t).success).toBe(true);
  });
});

describe('validateTree without the combinations pass', () => {
  it('still checks shape, references and sources, but not gaps', () => {
    const gap = brokenFixtures.find((f) => f.rule === 'gap')!;
    expect(validateTree(gap.tree, { combinations: false })).toEqual([]);
    const typo = brokenFixtures.find((f) => f.rule === 'unknown-question')!;
    expect(validateTree(typo.tree, { combinations: false }).map((p) => p.rule)).toEqual(['unknown-question']);
    const quote = brokenFixtures.find((f) => f.rule === 'quote-not-found')!;
    expect(validateTree(quote.tree, { ...fakeSources, combinations: false }).map((p) => p.rule)).toEqual([
      'quote-not-found',
    ]);
  });
});
