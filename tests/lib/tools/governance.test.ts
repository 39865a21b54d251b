import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chartLayout,
  countsText,
  emptyGovernance,
  type GovernanceState,
  governanceSummary,
  governanceToJson,
  governanceToMarkdown,
  parseGovernance,
  STATUSES,
  serializeGovernance,
  type Status,
} from '../../../src/lib/tools/governance';
import { governanceData } from './data';

const data = governanceData();
const docUrl = (doc: string, anchor: string) => `https://example.org/${doc}/#${anchor}`;
const allChecks = data.principles.flatMap((p) => p.checks.map((c) => c.id));

/** Serbia's Cybersecurity Network (Box 4) as a member might judge it: the answers are made up for the test. */
const SERBIA: GovernanceState = {
  ppp: 'Cybersecurity Network Foundation (Serbia)',
  answers: {
    'action-plan': 'partly',
    'evaluate-results': 'not-yet',
    'public-money': 'n-a',
    'academia-civil-society': 'in-place',
    'partner-list': 'in-place',
    'financial-information': 'not-yet',
  },
};

describe('governanceSummary', () => {
  const summary = governanceSummary(data, SERBIA);

  it('gives each of the six principles of Table 1, in order', () => {
    expect(summary.map((s) => s.principle.name)).toEqual([
      'Accountability',
      'Effectiveness',
      'Efficiency',
      'Participation and inclusion',
      'Responsiveness',
      'Transparency',
    ]);
  });

  it('counts answers per principle, unanswered checks as such, and no score', () => {
    const accountability = summary[0]!;
    expect(accountability.counts).toEqual({ 'in-place': 0, partly: 1, 'not-yet': 1, 'n-a': 1, unanswered: 0 });
    expect(countsText(accountability.counts)).toBe('1 partly, 1 not yet, 1 not applicable');
    expect(countsText(summary[1]!.counts)).toBe(`${data.principles[1]!.checks.length} not answered`);
    expect(Object.keys(accountability)).not.toContain('score');
  });

  it("lists what is partly or not yet in place with the text's advice, and nothing else", () => {
    const todo = summary[0]!.todo;
    expect(todo.map((t) => [t.check.id, t.status])).toEqual([
      ['action-plan', 'partly'],
      ['evaluate-results', 'not-yet'],
    ]);
    expect(todo[0]!.advice[0]!.quote).toBe(
      'developing a clear action plan that describes how the PPP will meet objectives and how its members will contribute',
    );
    expect(summary[3]!.todo).toEqual([]);
  });
});

describe('chartLayout', () => {
  const layout = chartLayout(governanceSummary(data, SERBIA));

  it('draws one square per check, in place first, inside the drawing', () => {
    const transparency = layout.rows[5]!;
    expect(transparency.marks.map((m) => m.status)).toEqual([
      'in-place',
      'not-yet',
      ...Array(data.principles[5]!.checks.length - 2).fill('unanswered'),
    ]);
    for (const row of layout.rows)
      for (const m of row.marks) {
        expect(m.x + layout.size).toBeLessThanOrEqual(layout.width);
        expect(m.y + layout.size).toBeLessThanOrEqual(layout.height);
      }
  });

  it('keeps rows apart, and is wide enough for every name', () => {
    const tops = layout.rows.map((r) => r.marks[0]!.y);
    for (const [i, t] of tops.slice(1).entries()) expect(t - tops[i]!).toBeGreaterThan(layout.size);
    expect(layout.width).toBeGreaterThanOrEqual('Participation and inclusion'.length * 8);
  });
});

describe('saving and importing answers', () => {
  it('round-trips', () => {
    expect(parseGovernance(data, serializeGovernance(SERBIA))).toEqual({ ok: true, state: SERBIA, dropped: 0 });
  });

  it('reads its own JSON export back', () => {
    const exported = governanceToJson(data, SERBIA, new Date('2026-05-01T10:00:00Z'));
    expect(parseGovernance(data, exported)).toEqual({ ok: true, state: SERBIA, dropped: 0 });
  });

  it('starts empty from nothing, drops unknown checks and statuses and counts them', () => {
    expect(parseGovernance(data, null)).toEqual({ ok: true, state: emptyGovernance(), dropped: 0 });
    const raw = JSON.stringify({
      format: 'cgg-governance-check',
      ppp: 'X',
      answers: { 'action-plan': 'in-place', 'old-check': 'in-place', roles: 'done' },
    });
    expect(parseGovernance(data, raw)).toEqual({
      ok: true,
      state: { ppp: 'X', answers: { 'action-plan': 'in-place' } },
      dropped: 2,
    });
  });

  it('explains a file that is not JSON or not a self-check', () => {
    expect(parseGovernance(data, '{')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^The file is not valid JSON/),
    });
    expect(parseGovernance(data, '{"actors":[]}')).toEqual({
      ok: false,
      message: 'The file is not a self-check exported from this site (its "format" is missing).',
    });
  });

  it('property: any answers survive saving and exporting', () => {
    const answers = fc.dictionary(
      fc.constantFrom(...allChecks),
      fc.constantFrom(...STATUSES.map((s) => s.id)) as fc.Arbitrary<Status>,
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), answers, (ppp, a) => {
        const state = { ppp, answers: a };
        expect(parseGovernance(data, serializeGovernance(state))).toEqual({ ok: true, state, dropped: 0 });
        expect(parseGovernance(data, governanceToJson(data, state, new Date()))).toEqual({
          ok: true,
          state,
          dropped: 0,
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('governanceToMarkdown', () => {
  const md = governanceToMarkdown(data, SERBIA, docUrl, new Date('2026-05-01T10:00:00Z'));

  it('names the PPP, summarises each principle and quotes Table 1 with its link', () => {
    expect(md).toMatch(/^# Good-governance self-check: Cybersecurity Network Foundation \(Serbia\)\n/);
    expect(md).toContain('- **Accountability**: 1 partly, 1 not yet, 1 not applicable');
    expect(md).toContain('> — https://example.org/ppp-guide/chapter-1/#table-1');
  });

  it('says so where the text gives no advice beyond Table 1', () => {
    const flexible = governanceToMarkdown(
      data,
      { ppp: '', answers: { flexible: 'not-yet' } },
      docUrl,
      new Date('2026-05-01T10:00:00Z'),
    );
    expect(flexible).toContain(
      '- Is the structure flexible enough to respond swiftly to new threats? (not yet)\n  _The Guide gives no further advice on this than Table 1 itself._',
    );
  });

  it("gives the text's advice under what is not yet in place", () => {
    expect(md).toContain(
      '- Is financial information published? (not yet)\n  > adopting rules and tools for ensuring transparency',
    );
  });
});
