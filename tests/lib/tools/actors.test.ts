import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorsFromCsv, actorsToCsv, actorsToMarkdown } from '../../../src/lib/tools/actor-files';
import {
  type Actor,
  actorsFromJson,
  actorsToJson,
  benefitsFor,
  emptyActor,
  inviteeList,
} from '../../../src/lib/tools/actors';
import { stakeholderData } from './data';

const data = stakeholderData();
const docUrl = (doc: string, anchor: string) => `https://example.org/${doc}/#${anchor}`;

/** Serbia's community as Box 4 of the Guide lists it, as a convener might enter it. */
const SERBIA: Actor[] = [
  {
    ...emptyActor(),
    name: 'OSCE Mission to Serbia',
    sector: 'international',
    role: 'convener',
    interest: 'Brought the public-sector stakeholders together in 2015',
  },
  { ...emptyActor(), name: 'DCAF', sector: 'international', role: 'neutral-third-party' },
  {
    ...emptyActor(),
    name: 'Ministry of Trade, Tourism and Telecommunications',
    sector: 'state',
    role: 'member',
    capacity: 'no',
    benefits: ['overview-of-actors', 'new-policy-ideas'],
    contact: 'cyber@example.gov.rs',
  },
  {
    ...emptyActor(),
    name: 'A bank',
    sector: 'business',
    role: 'member',
    benefits: ['policy-participation'],
    notes: 'Ask about "TLP"; they use AMBER, often',
  },
  {
    ...emptyActor(),
    name: 'Faculty of Technical Sciences',
    sector: 'academia',
    role: 'external-contact',
    capacity: 'yes',
  },
];

describe('benefitsFor', () => {
  it("offers Table 3's state row to state bodies, the non-state row to the others, none to international organisations", () => {
    expect(benefitsFor(data, 'state').map((b) => b.id)).toHaveLength(5);
    expect(benefitsFor(data, 'civil-society').map((b) => b.id)).toEqual([
      'pooling-resources',
      'policy-participation',
      'social-responsibility',
      'share-and-improve',
    ]);
    expect(benefitsFor(data, 'international')).toEqual([]);
  });
});

describe('CSV', () => {
  it('round-trips a real community', () => {
    expect(actorsFromCsv(data, actorsToCsv(data, SERBIA))).toEqual({ actors: SERBIA, problems: [], warnings: [] });
  });

  it('writes labels a spreadsheet reader understands', () => {
    const lines = actorsToCsv(data, SERBIA).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFName,Sector,Role,Interest,Needs capacity building,What they would gain (Table 3),Contact,Notes',
    );
    // Semicolons are quoted too, so a spreadsheet set to read them as separators keeps the cell whole.
    expect(lines[3]).toBe(
      '"Ministry of Trade, Tourism and Telecommunications",State bodies,Member,,No,"overview-of-actors; new-policy-ideas",cyber@example.gov.rs,',
    );
  });

  it('accepts ids or labels in any case, columns in any order, and semicolons', () => {
    const csv =
      'sector;NAME;role;capacity\nstate bodies;MKD-CIRT;CONVENER;yes\nacademia;Ss. Cyril and Methodius University;;\n';
    expect(actorsFromCsv(data, csv)).toEqual({
      actors: [
        { ...emptyActor(), name: 'MKD-CIRT', sector: 'state', role: 'convener', capacity: 'yes' },
        { ...emptyActor(), name: 'Ss. Cyril and Methodius University', sector: 'academia' },
      ],
      problems: [],
      warnings: [],
    });
  });

  it('keeps the good rows and names each bad one by its spreadsheet row, saying why', () => {
    const csv = [
      'Name,Sector,Role,Needs capacity building,What they would gain (Table 3),Phone',
      'MKD-CIRT,State bodies,Convener,No,overview-of-actors,+389',
      ',Academia,Member,,,',
      'A telecom,Goverment,Member,,,',
      'A university,Academia,Chair,maybe,,',
      'OSCE Mission,International organisations,Convener,,pooling-resources,',
      'A bank,Private businesses,Member,,access-to-resources; free lunch,',
    ].join('\n');
    const r = actorsFromCsv(data, csv);
    expect(r.actors.map((a) => a.name)).toEqual(['MKD-CIRT']);
    expect(r.warnings).toEqual(['Column “Phone” is not part of the stakeholder map and was left out.']);
    expect(r.problems).toEqual([
      'Row 3: the name is empty.',
      'Row 4: sector “Goverment” is not one of “State bodies”, “Private businesses”, “Civil society”, “Technical community”, “Academia”, “International organisations”.',
      'Row 5: role “Chair” is not one of “Convener”, “Neutral third party”, “Member”, “External contact”, “Not decided yet”; capacity building “maybe” is not one of “Yes”, “No”, “Not known yet”.',
      'Row 6: Table 3 lists benefits for the state sector and the non-state sector only, not for international organisations (“pooling-resources” was given).',
      'Row 7: benefit “access-to-resources” is not one Table 3 lists for Private businesses; “free lunch” is not a benefit listed in Table 3.',
    ]);
  });

  it('explains a file without a Name column, an empty file and a broken quote', () => {
    expect(actorsFromCsv(data, 'Organisation,Sector\nX,Academia\n').problems).toEqual([
      'Row 1 must name the columns, with at least “Name”; found “Organisation”, “Sector”.',
    ]);
    expect(actorsFromCsv(data, '').problems).toEqual(['The file is empty.']);
    expect(actorsFromCsv(data, 'Name,Sector\n"X,Academia\n').problems[0]).toMatch(
      /^The file could not be read as CSV\. A quoted cell that starts on line 2 is never closed/,
    );
  });
});

describe('JSON', () => {
  it('round-trips, with or without a date', () => {
    const back = actorsFromJson(data, actorsToJson(SERBIA, new Date('2026-05-01T10:00:00Z')));
    expect(back).toEqual({ actors: SERBIA, problems: [], warnings: [] });
    expect(JSON.parse(actorsToJson(SERBIA))).toMatchObject({ format: 'cgg-stakeholder-map', version: 1 });
  });

  it('accepts a bare list with labels, and names each bad entry', () => {
    const r = actorsFromJson(
      data,
      JSON.stringify([
        { name: 'MKD-CIRT', sector: 'State bodies', benefits: ['overview-of-actors'], phone: '1' },
        { name: 'X', sector: 'state', benefits: 'overview-of-actors' },
        'just text',
        { name: 'Y', sector: 3 },
        { name: 'Z' },
      ]),
    );
    expect(r.actors.map((a) => a.name)).toEqual(['MKD-CIRT', 'X']);
    expect(r.problems).toEqual([
      'Actor 3: not an object with a name and a sector.',
      'Actor 4 (“Y”): sector must be text; no sector: use one of “State bodies”, “Private businesses”, “Civil society”, “Technical community”, “Academia”, “International organisations”.',
      'Actor 5 (“Z”): no sector: use one of “State bodies”, “Private businesses”, “Civil society”, “Technical community”, “Academia”, “International organisations”.',
    ]);
    expect(r.warnings).toEqual(['Field “phone” is not part of the stakeholder map and was left out.']);
  });

  it('explains text that is not JSON or holds no list', () => {
    expect(actorsFromJson(data, '{"actors":').problems[0]).toMatch(/^The file is not valid JSON: /);
    expect(actorsFromJson(data, '{"format":"x"}').problems).toEqual([
      'The file holds no list of actors: expected a stakeholder map exported from this site.',
    ]);
  });
});

describe('Markdown', () => {
  const md = actorsToMarkdown(data, SERBIA, docUrl, new Date('2026-05-01T10:00:00Z'));

  it('lists every sector, the empty ones too, with Table 3 benefits in its words', () => {
    expect(md).toContain('## Civil society (0)\n\n_No one listed yet._');
    expect(md).toContain('## State bodies (1)');
    expect(md).toContain(
      '- What they would gain (Table 3):\n  - Overview of cybersecurity actors and capabilities in the country.',
    );
    expect(md).toContain('https://example.org/ppp-guide/chapter-2/#table-3');
  });

  it("escapes the reader's text so it cannot break the document", () => {
    const odd = actorsToMarkdown(
      data,
      [{ ...emptyActor(), name: '# Not a heading *', sector: 'state', notes: 'line one\nline two' }],
      docUrl,
      new Date(),
    );
    expect(odd).toContain('### \\# Not a heading \\*');
    expect(odd).toContain('- Notes: line one line two');
  });
});

describe('inviteeList (for the meeting pack)', () => {
  it('puts conveners first, then neutral third parties, members, external contacts; by name within a role', () => {
    expect(inviteeList(data, SERBIA).map((i) => `${i.role}: ${i.name}`)).toEqual([
      'Convener: OSCE Mission to Serbia',
      'Neutral third party: DCAF',
      'Member: A bank',
      'Member: Ministry of Trade, Tourism and Telecommunications',
      'External contact: Faculty of Technical Sciences',
    ]);
  });

  it('can be limited to some roles, and flags who needs capacity building', () => {
    const list = inviteeList(data, SERBIA, ['external-contact']);
    expect(list).toEqual([
      {
        name: 'Faculty of Technical Sciences',
        sector: 'Academia',
        role: 'External contact',
        contact: '',
        interest: '',
        needsCapacityBuilding: true,
      },
    ]);
  });
});

describe('exports then imports (property)', () => {
  // Text as a reader types it into the form: trimmed (the form trims), any characters.
  const text = (min: number) =>
    fc
      .string({ unit: 'grapheme', minLength: min, maxLength: 30 })
      .map((s) => s.trim())
      .filter((s) => s.length >= min);
  const actor: fc.Arbitrary<Actor> = fc
    .record({
      name: text(1),
      sector: fc.constantFrom(...data.sectors.map((s) => s.id)),
      role: fc.constantFrom(...data.roles.map((r) => r.id)),
      interest: text(0),
      capacity: fc.constantFrom(...data.capacity.options.map((o) => o.id)),
      picks: fc.array(fc.nat(), { maxLength: 4 }),
      contact: text(0),
      notes: fc.oneof(text(0), fc.constant('two\nlines, "quoted"; =1+1')),
    })
    .map(({ picks, ...a }) => {
      const offered = benefitsFor(data, a.sector).map((b) => b.id);
      const benefits = offered.length ? [...new Set(picks.map((p) => offered[p % offered.length]!))] : [];
      return { ...a, benefits };
    });

  it('CSV gives back every actor unchanged', () => {
    fc.assert(
      fc.property(fc.array(actor, { maxLength: 6 }), (actors) => {
        expect(actorsFromCsv(data, actorsToCsv(data, actors))).toEqual({ actors, problems: [], warnings: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('JSON gives back every actor unchanged', () => {
    fc.assert(
      fc.property(fc.array(actor, { maxLength: 6 }), (actors) => {
        expect(actorsFromJson(data, actorsToJson(actors, new Date()))).toEqual({ actors, problems: [], warnings: [] });
      }),
      { numRuns: 500 },
    );
  });
});
