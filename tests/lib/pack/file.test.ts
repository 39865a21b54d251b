import { describe, expect, it } from 'vitest';
import {
  emptyPack,
  type KnownTree,
  MAX_PACK_CHARS,
  type MeetingPack,
  PACK_FORMAT,
  packFileName,
  parsePackFile,
  serializePack,
} from '../../../src/lib/pack/file';

const TREES: KnownTree[] = [
  { id: 'ppp-type', version: 3, title: 'Which PPP type fits us' },
  { id: 'formality', version: 2, title: 'Level of formality' },
  { id: 'maturity', version: 4, title: 'How mature is our community?' },
];

const pack: MeetingPack = {
  kind: 'partnership',
  title: 'First meeting: energy sector information sharing',
  tlp: 'AMBER',
  sections: {
    purpose: 'Agree whether to set up a PPP for information sharing.',
    invitees: 'National CERT\nEnergy regulator\nThree operators',
    agenda: '1. Welcome\n2. Objectives (2.1)',
    notes: '',
  },
  wizards: {
    'ppp-type': { version: 3, answers: ['share-info', 'no'], note: 'Box 2 is close to us.' },
    formality: { version: 2, answers: ['informal'] },
  },
  facts: { 'community-stage': 'emerging' },
  tools: { stakeholders: { actors: [{ name: 'CERT', sector: 'public' }] } },
};
const meta = { savedAt: new Date('2026-12-01T10:00:00Z'), siteVersion: '0.2.0' };

const errorOf = (text: unknown) => {
  const r = parsePackFile(text, TREES);
  if (r.ok) throw new Error('expected an error');
  return r.error;
};

describe('serializePack', () => {
  it('writes the documented format', () => {
    const file = JSON.parse(serializePack(pack, meta));
    expect(file).toEqual({
      format: 'cgg-meeting-pack',
      formatVersion: 1,
      savedAt: '2026-12-01T10:00:00.000Z',
      site: { version: '0.2.0' },
      kind: 'partnership',
      title: pack.title,
      tlp: 'AMBER',
      sections: pack.sections,
      wizards: pack.wizards,
      facts: pack.facts,
      tools: pack.tools,
    });
  });

  it('writes the same pack the same way, whatever order it was built in', () => {
    const reordered = {
      ...pack,
      wizards: { formality: pack.wizards.formality!, 'ppp-type': pack.wizards['ppp-type']! },
    };
    expect(serializePack(reordered, meta)).toBe(serializePack(pack, meta));
  });

  it('leaves out empty optional parts and holds no address of any kind', () => {
    const text = serializePack(emptyPack('institution'), meta);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'formatVersion',
      'savedAt',
      'site',
      'kind',
      'sections',
      'wizards',
    ]);
    expect(serializePack(pack, meta)).not.toMatch(/file:|https?:|[A-Z]:\\/);
  });
});

describe('packFileName', () => {
  it('names the kind, the marking and the date', () => {
    expect(packFileName(pack, meta.savedAt)).toBe('meeting-pack-partnership-TLP-AMBER-2026-12-01.json');
    expect(packFileName({ kind: 'institution', tlp: 'AMBER+STRICT' }, meta.savedAt)).toBe(
      'meeting-pack-institution-TLP-AMBER-STRICT-2026-12-01.json',
    );
    expect(packFileName({ kind: 'institution' }, meta.savedAt)).toBe('meeting-pack-institution-2026-12-01.json');
  });
});

describe('parsePackFile', () => {
  it('reads back what was saved', () => {
    expect(parsePackFile(serializePack(pack, meta), TREES)).toEqual({
      ok: true,
      pack,
      savedAt: meta.savedAt,
      siteVersion: '0.2.0',
      warnings: [],
    });
  });

  it('forgives a byte-order mark and surrounding white space (Windows editors add them)', () => {
    const r = parsePackFile(`\uFEFF\r\n${serializePack(pack, meta)}\r\n`, TREES);
    expect(r.ok && r.pack).toEqual(pack);
  });

  it('leaves out the answers of a tool whose version changed, keeps the note, and says so', () => {
    const older = serializePack(pack, meta).replace('"version": 3', '"version": 2');
    const r = parsePackFile(older, TREES);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.pack.wizards['ppp-type']).toEqual({ version: 3, answers: [], note: 'Box 2 is close to us.' });
    expect(r.pack.wizards.formality).toEqual(pack.wizards.formality);
    expect(r.warnings).toEqual([
      {
        code: 'tree-version',
        tree: 'ppp-type',
        message:
          'The answers to “Which PPP type fits us” were saved with version 2 of that tool; it is now version 3 and its questions have changed, so the answers were left out: answer it again. Your note on it was kept.',
      },
    ]);
  });

  it('keeps the answers that still fit, when the tool can say which', () => {
    const trees = TREES.map((t) =>
      t.id === 'ppp-type' ? { ...t, usable: (a: readonly string[]) => a.slice(0, 1) } : t,
    );
    const r = parsePackFile(serializePack(pack, meta), trees);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.pack.wizards['ppp-type']?.answers).toEqual(['share-info']);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'Of the 2 answers to “Which PPP type fits us”, only the first answer still fits its questions; the rest were left out. Carry on from there.',
    ]);
  });

  it('ignores a tool this site does not have, and says so', () => {
    const r = parsePackFile(serializePack(pack, meta), TREES.slice(1));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.pack.wizards['ppp-type']).toBeUndefined();
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'tree-unknown', tree: 'ppp-type' })]);
  });

  it('leaves out unreadable parts and keeps the rest', () => {
    const file = JSON.parse(serializePack(pack, meta));
    file.sections.agenda = 42;
    file.wizards.formality = { version: 2, answers: ['Not an id!'] };
    file.facts = { 'community-stage': 'emerging', bad: { x: 1 } };
    file.tlp = 'PURPLE';
    const r = parsePackFile(JSON.stringify(file), TREES);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.pack.sections).toEqual({ ...pack.sections, agenda: '' });
    expect(r.pack.wizards).toEqual({ 'ppp-type': pack.wizards['ppp-type'] });
    expect(r.pack.facts).toEqual({ 'community-stage': 'emerging' });
    expect(r.pack.tlp).toBeUndefined();
    expect(r.warnings.map((w) => w.code).sort()).toEqual([
      'part-unreadable',
      'part-unreadable',
      'part-unreadable',
      'tlp-unreadable',
    ]);
    expect(r.warnings.find((w) => w.code === 'tlp-unreadable')?.message).toMatch(/set it again before you share it/);
  });

  it('reads a marking however it is written', () => {
    const file = JSON.parse(serializePack(pack, meta));
    file.tlp = 'tlp: amber + strict';
    const r = parsePackFile(JSON.stringify(file), TREES);
    expect(r.ok && r.pack.tlp).toBe('AMBER+STRICT');
  });

  it.each([
    ['empty', ''],
    ['empty', '  \n\uFEFF'],
    ['not-json', 42],
    ['not-json', 'hello'],
    ['not-json', 'PK\u0003\u0004 binary'],
    ['not-json', '# Plan for a first meeting\n'],
    ['not-ours', '{"plan":"first-meeting","sections":[]}'],
    ['not-ours', '{"tool":"tlp","toolVersion":2}'],
    ['not-ours', '[1,2,3]'],
    ['not-ours', '"cgg-meeting-pack"'],
    ['not-ours', `{"format":"other"}`],
    ['damaged', `{"format":"${PACK_FORMAT}","formatVersion":1,"kind":"partnership","sect`],
    ['damaged', `{"format":"${PACK_FORMAT}","kind":"partnership"}`],
    ['damaged', `{"format":"${PACK_FORMAT}","formatVersion":1.5,"kind":"partnership"}`],
    ['damaged', `{"format":"${PACK_FORMAT}","formatVersion":1,"kind":"other"}`],
    ['newer-format', `{"format":"${PACK_FORMAT}","formatVersion":2,"kind":"partnership"}`],
  ])('refuses with %s: %j', (code, text) => {
    const e = errorOf(text);
    expect(e.code).toBe(code);
    expect(e.message.length).toBeGreaterThan(20);
  });

  it('says what a file probably is', () => {
    expect(errorOf('PK\u0003\u0004').message).toMatch(/Word document or a zip/);
    expect(errorOf('%PDF-1.7').message).toMatch(/PDF/);
    expect(errorOf('# Plan\n\nx').message).toMatch(/Markdown export/);
    expect(errorOf('{"plan":"first-meeting"}').message).toMatch(/JSON export/);
  });

  it('refuses a huge file before reading it', () => {
    const huge = `{"format":"${PACK_FORMAT}","x":"${'a'.repeat(MAX_PACK_CHARS)}"}`;
    expect(errorOf(huge)).toEqual(expect.objectContaining({ code: 'too-big' }));
  });

  it('accepts a pack with only what is required, and ignores fields it does not know', () => {
    const r = parsePackFile(
      `{"format":"${PACK_FORMAT}","formatVersion":1,"kind":"institution","future":{"x":1},"savedAt":"not a date"}`,
      TREES,
    );
    expect(r).toEqual({ ok: true, pack: emptyPack('institution'), warnings: [] });
  });

  it('keeps the other tools’ data as the file format can hold it', () => {
    const r = parsePackFile(
      `{"format":"${PACK_FORMAT}","formatVersion":1,"kind":"partnership","tools":{"stakeholders":[1e999,-0,"x"]}}`,
      TREES,
    );
    expect(r.ok && r.pack.tools).toEqual({ stakeholders: [null, 0, 'x'] });
  });

  it('cannot be tricked into touching prototypes', () => {
    const r = parsePackFile(
      `{"format":"${PACK_FORMAT}","formatVersion":1,"kind":"partnership","wizards":{"__proto__":{"version":1,"answers":[]}},"facts":{"__proto__":"x","constructor":"y"}}`,
      TREES,
    );
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).version).toBeUndefined();
    if (r.ok) expect(Object.getPrototypeOf(r.pack.wizards)).toBe(Object.prototype);
  });
});
