/**
 * The case tables (tests/wizards/cases/<tree>.json): real situations the
 * documents describe, each with the passage that describes it, the answers
 * its description implies, and the result (and notes) the text supports.
 * Each case is played through the engine; one placed elsewhere fails, by name.
 *
 * Write the answers as the passage implies them, not reverse-engineered from
 * the result you want: answer "not-sure" where the passage does not say.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/lib/fidelity';
import { walk } from '../../src/lib/wizard/engine';
import { headlineText } from '../../src/lib/wizard/export';
import { wizardTreeSchema } from '../../src/lib/wizard/schema';
import type { WizardTree } from '../../src/lib/wizard/types';

const ROOT = join(import.meta.dirname, '..', '..');
const CASES = join(import.meta.dirname, 'cases');
const SOURCES = join(ROOT, 'tests', 'fixtures', 'sources');

const caseSchema = z.strictObject({
  name: z.string().min(1),
  source: z.strictObject({ doc: z.string().min(1), anchor: z.string().min(1), quote: z.string().min(10) }),
  /** { questionId: answerId } for every question the case is asked; none for a question it is not asked. */
  answers: z.record(z.string(), z.string()),
  expect: z.strictObject({
    result: z.string(),
    /** Note ids that must be shown (others may be too). */
    notes: z.array(z.string()).optional(),
    /** Text the headline (title, note headlines, the site's own part) must contain. */
    headline: z.array(z.string()).optional(),
    /** Text the headline must not contain, case-insensitively: e.g. a "not sure" must not assert an option. */
    notHeadline: z.array(z.string()).optional(),
  }),
});
const fileSchema = z.strictObject({
  tree: z.string(),
  about: z.string().optional(),
  cases: z.array(caseSchema).min(1),
});
type Case = z.infer<typeof caseSchema>;

const sourceText = normalise(
  readdirSync(SOURCES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(SOURCES, f), 'utf8'))
    .join('\n'),
);

const loadTree = (id: string): WizardTree =>
  wizardTreeSchema.parse(JSON.parse(readFileSync(join(ROOT, 'content', 'wizards', `${id}.json`), 'utf8')));

/**
 * Plays a case: orders its answers by the tree's asking order and walks.
 * Returns what it reached, or throws naming what in the case is wrong.
 */
function playCase(tree: WizardTree, c: Case) {
  const given = new Map(Object.entries(c.answers));
  const list: string[] = [];
  for (let w = walk(tree, list); ; w = walk(tree, list)) {
    if (!w.ok) throw new Error(`${c.name}: ${w.reason.message}`);
    if (w.done) {
      const asked = new Set(w.steps.map((s) => s.question.id));
      const skipped = [...given.keys()].filter((q) => !asked.has(q));
      if (skipped.length > 0)
        throw new Error(`${c.name}: answers for questions this case is not asked: ${skipped.join(', ')}`);
      return w;
    }
    const answer = given.get(w.question.id);
    if (answer === undefined)
      throw new Error(`${c.name}: the case is asked "${w.question.id}" (${w.question.title}) but gives no answer`);
    list.push(answer);
  }
}

const files = readdirSync(CASES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ file: f, data: fileSchema.parse(JSON.parse(readFileSync(join(CASES, f), 'utf8'))) }));

describe.each(files.map((f) => [f.data.tree, f] as const))('case table of %s', (id, { file, data }) => {
  const tree = loadTree(id);

  it(`is named after its tree (${file})`, () => {
    expect(file).toBe(`${id}.json`);
    expect(new Set(data.cases.map((c) => c.name)).size, 'case names are unique').toBe(data.cases.length);
  });

  it.each(data.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expect(sourceText, `${c.name}: its source quote is not in the source texts`).toContain(normalise(c.source.quote));
    const w = playCase(tree, c);
    const shown = w.notes.map((n) => n.id);
    const head = headlineText(w.result, w.notes);
    expect(w.result.id, `${c.name}: result (headline "${head}")`).toBe(c.expect.result);
    for (const note of c.expect.notes ?? []) expect(shown, `${c.name}: note ${note}`).toContain(note);
    for (const text of c.expect.headline ?? []) expect(head, `${c.name}: headline`).toContain(text);
    for (const text of c.expect.notHeadline ?? [])
      expect(head.toLowerCase(), `${c.name}: the headline must not say "${text}"`).not.toContain(text.toLowerCase());
  });

  it('covers every result of the tree', () => {
    const covered = new Set(data.cases.map((c) => c.expect.result));
    expect(tree.results.map((r) => r.id).filter((r) => !covered.has(r))).toEqual([]);
  });
});

describe('the case runner itself', () => {
  const tlp = loadTree('tlp');
  const base: Case = {
    name: 'x',
    source: { doc: 'd', anchor: 'a', quote: 'long enough' },
    answers: {},
    expect: { result: 'o-red' },
  };

  it('orders answers by the asking order, whatever order the case lists them in', () => {
    const w = playCase(tlp, { ...base, answers: { 'q-audience': 'named', 'q-role': 'originator' } });
    expect(w.result.id).toBe('o-red');
  });

  it('refuses an answer for a question the case is not asked, and a missing answer', () => {
    expect(() =>
      playCase(tlp, { ...base, answers: { 'q-role': 'originator', 'q-audience': 'named', 'q-label': 'red' } }),
    ).toThrow('x: answers for questions this case is not asked: q-label');
    expect(() => playCase(tlp, { ...base, answers: { 'q-role': 'originator' } })).toThrow(
      'x: the case is asked "q-audience"',
    );
    expect(() => playCase(tlp, { ...base, answers: { 'q-role': 'boss' } })).toThrow(
      /\("boss"\) is not an answer of "q-role"/,
    );
  });
});
