/**
 * A pack file goes through e-mail, shared drives and text editors: any pack
 * saved reads back as itself, and whatever else is opened (random bytes, a
 * file cut short, a file edited by hand) gives a result or a message, never a
 * crash.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type KnownTree,
  type MeetingPack,
  PACK_KINDS,
  type ParsePackResult,
  parsePackFile,
  SECTION_IDS,
  serializePack,
} from '../../../src/lib/pack/file';
import { planImport } from '../../../src/lib/pack/import';
import { TLP_LABELS } from '../../../src/lib/pack/tlp';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 500);

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary', maxLength: 200 }));
const nonEmpty = text.map((s) => s.trim()).filter((s) => s !== '');
/** JSON as it comes back from JSON.parse (no -0). */
const json = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);

const packArb: fc.Arbitrary<MeetingPack> = fc
  .record(
    {
      kind: fc.constantFrom(...PACK_KINDS),
      title: nonEmpty,
      tlp: fc.constantFrom(...TLP_LABELS),
      sections: fc.record(
        Object.fromEntries(SECTION_IDS.map((s) => [s, text])) as Record<(typeof SECTION_IDS)[number], typeof text>,
      ),
      wizards: fc.dictionary(
        id,
        fc.record(
          { version: fc.integer({ min: 1, max: 1000 }), answers: fc.array(id, { maxLength: 12 }), note: nonEmpty },
          { requiredKeys: ['version', 'answers'] },
        ),
        { maxKeys: 8 },
      ),
      facts: fc.dictionary(id, id, { minKeys: 1, maxKeys: 4 }),
      tools: fc
        .record({ stakeholders: json, governance: json }, { requiredKeys: [] })
        .filter((t) => Object.keys(t).length > 0),
    },
    { requiredKeys: ['kind', 'sections', 'wizards'] },
  )
  .map((p) => p as MeetingPack);

const treesOf = (p: MeetingPack): KnownTree[] =>
  Object.entries(p.wizards).map(([treeId, w]) => ({ id: treeId, version: w.version }));

const meta = { savedAt: new Date('2026-12-01T10:00:00Z'), siteVersion: '0.2.0' };

/** The contract for anything opened: a pack whose messages say something, or an error that does. */
function checked(result: ParsePackResult, trees: KnownTree[]) {
  if (result.ok) {
    for (const w of result.warnings) expect(w.message.length).toBeGreaterThan(20);
    // What was read is a pack in good order: it saves and reads back as itself.
    const again = parsePackFile(serializePack(result.pack, meta), trees);
    expect(again.ok && again.pack).toEqual(result.pack);
  } else {
    expect(result.error.message.length).toBeGreaterThan(20);
  }
  return result;
}

/** Ways a file is damaged between one computer and another. */
const damage = fc.oneof(
  fc.nat().map((n) => (s: string) => s.slice(0, n % (s.length + 1))),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 6 })).map(([n, ins]) => (s: string) => {
    const at = n % (s.length + 1);
    return s.slice(0, at) + ins + s.slice(at);
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 20 })).map(([n, len]) => (s: string) => {
    const at = n % (s.length + 1);
    return s.slice(0, at) + s.slice(at + len);
  }),
  fc.constant((s: string) => s.replace(/\n/g, '\r\n')),
  fc.constant((s: string) => `\uFEFF${s}`),
);

/** Edits by hand: one value somewhere in the file replaced by any JSON value. */
function replaceSomewhere(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  if (entries.length === 0) return replacement;
  const [head, ...rest] = path;
  const [key] = entries[head! % entries.length]!;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value };
  (copy as Record<string, unknown>)[key] = replaceSomewhere((value as Record<string, unknown>)[key], rest, replacement);
  return copy;
}

describe('pack files', () => {
  it('any pack saved reads back as itself, with no warning (property)', () => {
    fc.assert(
      fc.property(packArb, fc.date({ noInvalidDate: true }), (p, savedAt) => {
        const r = parsePackFile(serializePack(p, { savedAt, siteVersion: '1.0.0' }), treesOf(p));
        expect(r).toEqual({ ok: true, pack: p, savedAt, siteVersion: '1.0.0', warnings: [] });
      }),
      { numRuns: RUNS },
    );
  });

  it('random text never throws and always says something (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.json()), (s) => {
        checked(parsePackFile(s, []), []);
      }),
      { numRuns: RUNS },
    );
  });

  it('damaged files never throw and always say something (property)', () => {
    fc.assert(
      fc.property(packArb, fc.array(damage, { minLength: 1, maxLength: 3 }), (p, ds) => {
        const trees = treesOf(p);
        checked(
          parsePackFile(
            ds.reduce((s, d) => d(s), serializePack(p, meta)),
            trees,
          ),
          trees,
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('files edited by hand never throw, and what they still hold is read (property)', () => {
    fc.assert(
      fc.property(packArb, fc.array(fc.nat(), { maxLength: 5 }), fc.jsonValue(), (p, path, replacement) => {
        const trees = treesOf(p);
        const edited = replaceSomewhere(JSON.parse(serializePack(p, meta)), path, replacement);
        checked(parsePackFile(JSON.stringify(edited), trees), trees);
      }),
      { numRuns: RUNS },
    );
  });

  it('opening a pack over itself loses nothing; over an empty plan, nothing is asked (property)', () => {
    fc.assert(
      fc.property(packArb, (p) => {
        expect(planImport(p, p)).toEqual(
          expect.objectContaining({ replaced: [], added: [], needsConfirmation: false }),
        );
        const empty: MeetingPack = {
          kind: p.kind,
          sections: { purpose: '', invitees: '', agenda: '', notes: '' },
          wizards: {},
        };
        expect(planImport(empty, p).needsConfirmation).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });
});
