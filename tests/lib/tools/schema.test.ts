import { describe, expect, it } from 'vitest';
import { compareSchema, governanceSchema, parseToolData, stakeholderSchema } from '../../../src/lib/tools/schema';
import { raw } from './data';

// biome-ignore lint/suspicious/noExplicitAny: free-form edits of the JSON, as a content author would make them
type Json = Record<string, any>;
const messages = (schema: { safeParse: (d: unknown) => { success: boolean; error?: unknown } }, data: unknown) => {
  const r = schema.safeParse(data) as { success: boolean; error?: { issues: { path: unknown[]; message: string }[] } };
  return r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const edited = (file: string, change: (d: Json) => void) => {
  const d = raw(file) as Json;
  change(d);
  return d;
};

describe('content/tools data', () => {
  it('all three files are valid', () => {
    expect(messages(compareSchema, raw('compare.json'))).toEqual([]);
    expect(messages(stakeholderSchema, raw('stakeholders.json'))).toEqual([]);
    expect(messages(governanceSchema, raw('governance.json'))).toEqual([]);
  });

  it('compare: covers the five types of chapter 3 and nine aspects', () => {
    const d = raw('compare.json') as Json;
    expect(d.types.map((t: Json) => t.number)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5']);
    expect(d.cells).toHaveLength(5 * d.aspects.length);
  });

  it.each([
    [
      'compare: a cell missing',
      compareSchema,
      edited('compare.json', (d) => d.cells.pop()),
      'cells: cells: no cell for policy-discussions × examples',
    ],
    [
      'compare: a blank cell (nothing said and no note saying so)',
      compareSchema,
      edited('compare.json', (d) => {
        const c = d.cells.find((x: Json) => x.type === 'critical-infrastructure' && x.aspect === 'turnover');
        delete c.note;
      }),
      'note: where the text says nothing, the note must say so (a cell is never blank)',
    ],
    [
      'compare: a passage from elsewhere without a note on how it relates',
      compareSchema,
      edited('compare.json', (d) => {
        delete d.cells.find((x: Json) => x.elsewhere).elsewhere[0].note;
      }),
      'note',
    ],
    [
      'compare: a cell naming an unknown type',
      compareSchema,
      edited('compare.json', (d) => (d.cells[0].type = 'emergency-response')),
      'type: no type "emergency-response" in types',
    ],
    [
      'compare: a quote of nine characters',
      compareSchema,
      edited('compare.json', (d) => (d.cells[0].says[0].quote = 'the state')),
      "quote: give at least 10 characters of the source's own words",
    ],
    [
      'stakeholders: a benefit listed twice',
      stakeholderSchema,
      edited('stakeholders.json', (d) => d.benefits.items.push({ ...d.benefits.items[0] })),
      'benefit "access-to-resources" appears twice',
    ],
    [
      'stakeholders: a sector pointing at a row Table 3 does not have',
      stakeholderSchema,
      edited('stakeholders.json', (d) => (d.sectors[0].benefits = 'international')),
      'sector: must be "state" or "non-state" (a row of Table 3)',
    ],
    [
      'governance: a check without advice',
      governanceSchema,
      edited('governance.json', (d) => (d.principles[0].checks[0].advice = [])),
      "advice: give the text's advice for when this is not in place, or an adviceNote saying it gives none",
    ],
    [
      'governance: two checks with one id',
      governanceSchema,
      edited('governance.json', (d) => (d.principles[1].checks[0].id = d.principles[0].checks[0].id)),
      'check "action-plan" appears twice',
    ],
    [
      'governance: an unknown field',
      governanceSchema,
      edited('governance.json', (d) => (d.principles[0].score = 3)),
      'score',
    ],
  ])('%s is refused, naming the problem', (_name, schema, data, expected) => {
    expect(messages(schema, data).join('\n')).toContain(expected);
  });

  it('parseToolData names the file and every problem', () => {
    const broken = edited('governance.json', (d) => {
      d.principles[0].checks[0].advice = [];
      d.version = 0;
    });
    expect(() => parseToolData(governanceSchema, broken, 'content/tools/governance.json')).toThrow(
      /content\/tools\/governance\.json is not valid:\n {2}version: .*\n {2}principles\.0\.checks\.0\.advice: advice: give/,
    );
  });
});
