import { describe, expect, it } from 'vitest';
import { emptyPack, type MeetingPack } from '../../../src/lib/pack/file';
import { planImport } from '../../../src/lib/pack/import';

const titles = { 'ppp-type': 'Which PPP type fits us', formality: 'Level of formality' };

const current: MeetingPack = {
  ...emptyPack('partnership'),
  tlp: 'AMBER',
  sections: { purpose: 'Agree on an information-sharing PPP', invitees: 'CERT', agenda: '', notes: '' },
  wizards: { 'ppp-type': { version: 3, answers: ['share-info', 'no'], note: 'Box 2' } },
};

describe('planImport', () => {
  it('asks nothing when the plan is empty', () => {
    const plan = planImport(emptyPack('partnership'), current, titles);
    expect(plan.needsConfirmation).toBe(false);
    expect(plan.replaced).toEqual([]);
    expect(plan.added.map((c) => c.label)).toEqual([
      'the TLP marking',
      'Purpose of the meeting',
      'Invitees',
      'your answers to “Which PPP type fits us”',
      'your note on “Which PPP type fits us”',
    ]);
    expect(plan.summary).toBe('Nothing in your current plan is lost by opening this file.');
  });

  it('names everything the file would replace or remove, with both versions', () => {
    const incoming: MeetingPack = {
      ...emptyPack('partnership'),
      sections: { purpose: 'Set up a sectoral CERT', invitees: 'CERT', agenda: '1. Welcome', notes: '' },
      wizards: {
        'ppp-type': { version: 3, answers: ['share-info', 'yes'] },
        formality: { version: 2, answers: ['x'] },
      },
    };
    const plan = planImport(current, incoming, titles);
    expect(plan.needsConfirmation).toBe(true);
    expect(plan.replaced).toEqual([
      { label: 'the TLP marking', current: 'TLP:AMBER', incoming: 'no marking' },
      {
        label: 'Purpose of the meeting',
        current: 'Agree on an information-sharing PPP',
        incoming: 'Set up a sectoral CERT',
      },
      { label: 'your answers to “Which PPP type fits us”', current: '2 answers', incoming: '2 answers' },
      { label: 'your note on “Which PPP type fits us”', current: 'Box 2', incoming: '' },
    ]);
    expect(plan.added.map((c) => c.label)).toEqual(['Agenda', 'your answers to “Level of formality”']);
    expect(plan.summary).toBe(
      'Opening this file replaces 4 things in your current plan: the TLP marking; Purpose of the meeting; your answers to “Which PPP type fits us”; your note on “Which PPP type fits us”. Save the current plan first if you may need it again.',
    );
  });

  it('ignores differences in white space only, and shortens long text', () => {
    const incoming = {
      ...current,
      sections: { ...current.sections, purpose: '  Agree on an information-sharing PPP \n' },
    };
    expect(planImport(current, incoming).replaced).toEqual([]);
    const long = { ...current, sections: { ...current.sections, invitees: 'x'.repeat(500) } };
    expect(planImport(long, current).replaced[0]?.current).toBe(`${'x'.repeat(59)}…`);
  });

  it('counts answers to another version of a tool as different', () => {
    const incoming = { ...current, wizards: { 'ppp-type': { ...current.wizards['ppp-type']!, version: 4 } } };
    expect(planImport(current, incoming, titles).replaced.map((c) => c.label)).toEqual([
      'your answers to “Which PPP type fits us”',
    ]);
  });

  it('flags a file of the other kind, and the other tools’ data', () => {
    const incoming: MeetingPack = { ...current, kind: 'institution', tools: { stakeholders: [] } };
    const withMap: MeetingPack = { ...current, tools: { stakeholders: [{ name: 'CERT' }] } };
    expect(planImport(current, incoming).replaced.map((c) => c.label)).toEqual(['the kind of plan']);
    expect(planImport(current, incoming).added.map((c) => c.label)).toEqual(['the stakeholder map']);
    expect(planImport(withMap, current).replaced.map((c) => c.label)).toEqual(['the stakeholder map']);
  });
});
