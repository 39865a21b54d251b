import { describe, expect, it } from 'vitest';
import { walk } from '../../../src/lib/wizard/engine';
import { toJson, toMarkdown } from '../../../src/lib/wizard/export';
import { conflictsFor, planConflicts, planSection, planToMarkdown } from '../../../src/lib/wizard/plan';
import { clauseSentence, conditionsOf, groupNotes } from '../../../src/lib/wizard/present';
import { formal, pppType, shared, stage } from './fixtures/index';

describe('the decision table in words', () => {
  it('names the question and the labels of the allowed answers, in the question order', () => {
    const t = pppType();
    expect(clauseSentence(t, { 'q-objective': ['share-info', 'protect-ci'], 'q-confidential': ['yes'] })).toBe(
      'If What should the partnership achieve first? — “Protect critical infrastructure” or “Share threat information”; and Will partners share classified information? — “Yes”',
    );
    expect(clauseSentence(stage(), { 'q-structure': ['no'], 'q-roles': ['skipped'] })).toBe(
      'If Does a partnership already exist? — “No”; and Do its members understand their roles? — not asked',
    );
    expect(clauseSentence(t, {})).toBe('Always');
    // In asking order, whatever order the clause lists them in.
    expect(clauseSentence(t, { 'q-confidential': ['no'], 'q-objective': ['culture'] })).toMatch(/^If What should/);
  });

  it('shows ids it cannot resolve as they are, rather than failing', () => {
    expect(conditionsOf(pppType(), { 'q-gone': ['x', 'skipped'] })).toEqual([
      { questionId: 'q-gone', number: 0, question: 'q-gone', answers: ['x'], orSkipped: true },
    ]);
  });
});

describe('groupNotes', () => {
  it('puts tension, also and checklist notes apart, each in data order', () => {
    const t = pppType();
    const notes = [...t.notes!, ...stage().notes!];
    expect(groupNotes(notes)).toEqual({ tension: [notes[1]], also: [notes[0]], checklist: [notes[2]] });
  });
});

describe('exports', () => {
  const t = pppType();
  const w = walk(t, ['share-info', 'yes']);
  if (!w.ok || !w.done) throw new Error('fixture changed');
  const record = {
    tree: t,
    steps: w.steps.map((s) => ({ question: s.question, answerId: s.answer.id })),
    outcome: w.result,
    notes: w.notes,
    cite: () => undefined,
    href: (doc: string, anchor: string) => `https://example.org/${doc}/#${anchor}`,
    shareUrl: 'https://example.org/tools/x/',
    date: new Date('2025-01-02T03:04:05Z'),
  };

  it('Markdown carries the headline with the notes, the answers, and each note with its quotes', () => {
    const md = toMarkdown(record);
    expect(md).toContain('Result: **A partnership to protect critical infrastructure — with information sharing**');
    expect(md).toContain('- Will partners share classified information? — Yes');
    expect(md).toContain("## DCAF's text also says\n\n### Shared information that is classified");
    expect(md).toContain('> information about cybersecurity threats is likely to be sensitive or classified');
  });

  it('Markdown cites each passage by section and paragraph, and keeps a local link out', () => {
    const md = toMarkdown({
      ...record,
      shareUrl: undefined,
      cite: () => ({
        publication: {
          id: 'ppp-guide',
          authors: ['A B'],
          title: 'T',
          place: 'Geneva',
          publisher: 'DCAF',
          year: 2021,
          citationBy: 'publisher',
        },
        document: 'Chapter 3',
        section: { number: '3.1', heading: 'Cooperating' },
        paragraph: 2,
      }),
    });
    expect(md).toContain('— A B, *T* (Geneva: DCAF, 2021), “Chapter 3”, section 3.1 “Cooperating”, paragraph 2.');
    expect(md).not.toMatch(/ppp-guide\/chapter-3#/);
    expect(md).toContain('(opened from this computer: no link to share)');
    expect(md).not.toContain("Guide's own");
  });

  it('JSON carries the notes and says which answers came from another wizard', () => {
    const json = JSON.parse(
      toJson({
        ...record,
        preAnswered: { 'q-objective': { value: 'share-info', tree: 'other', title: 'O', savedAt: 1 } },
      }),
    );
    expect(json.notes.map((n: { id: string }) => n.id)).toEqual(['n-classified']);
    expect(json.answers[0]).toMatchObject({ question: 'q-objective', from: 'other' });
    expect(json.outcome.headline).toBe('A partnership to protect critical infrastructure — with information sharing');
  });
});

describe('the plan', () => {
  const sections = [
    planSection(stage(), ['no'], ''),
    planSection(formal(), ['emerging', 'yes'], 'Invite the regulator.'),
  ];

  it('flags a conflict only when every side of it holds', () => {
    expect(planConflicts(shared().conflicts, sections).map((c) => c.id)).toEqual(['emerging-but-formal']);
    const other = [sections[0]!, planSection(formal(), ['emerging', 'no'], '')];
    expect(planConflicts(shared().conflicts, other)).toEqual([]);
    expect(planConflicts(shared().conflicts, [sections[0]!])).toEqual([]);
  });

  it('finds the conflicts a set of trees takes part in', () => {
    expect(conflictsFor(shared().conflicts, ['fixture-formal'])).toHaveLength(1);
    expect(conflictsFor(shared().conflicts, ['fixture-ppp-type'])).toEqual([]);
  });

  it('writes the disagreements first, with both passages, then each section', () => {
    const md = planToMarkdown(
      sections,
      (d, a) => `/${d}/#${a}`,
      new Date(0),
      planConflicts(shared().conflicts, sections),
    );
    expect(md.indexOf('## Where the results disagree')).toBeLessThan(md.indexOf('## How far along'));
    expect(md).toContain('> a formal arrangement that binds members to specific activities and rules is necessary');
    expect(md).toContain('> the maturity of the PPP, which can be nurtured through an informal format');
    expect(md).toContain('Invite the regulator.');
  });

  it('lists the open points of a section', () => {
    const open = planSection(stage(), ['yes', 'not-sure'], '');
    expect(planToMarkdown([open], (d, a) => `/${d}/#${a}`, new Date(0))).toContain(
      '- Open point: **Whether members understand their roles**. Find out before deciding how formal to be.',
    );
  });
});
