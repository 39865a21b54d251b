import { describe, expect, it } from 'vitest';
import { proposeAgenda } from '../../../src/lib/pack/agenda';
import { type CitationMap, citationKey, packView } from '../../../src/lib/pack/build';
import { emptyPack } from '../../../src/lib/pack/file';
import { loadPack, packStorageKeys, saveOwn, writePack } from '../../../src/lib/pack/keep';
import { safeStorage } from '../../../src/lib/storage';
import { planTrees } from '../../../src/lib/wizard/island';
import { enumeratePaths } from '../../../src/lib/wizard/paths';
import { serializeStored, storageKey } from '../../../src/lib/wizard/state';
import { fakeStore } from '../fake-store';
import { governanceData } from '../tools/data';
import { formal, shared, stage } from '../wizard/fixtures/index';

const trees = planTrees([stage(), formal()], shared());
const publication = {
  id: 'ppp-guide' as const,
  authors: ['A B'],
  title: 'T',
  place: 'Geneva',
  publisher: 'DCAF',
  year: 2021,
  citationBy: 'publisher' as const,
};
// Every passage the fixtures cite, placed in chapter 2.
const citations: CitationMap = {};
for (const t of trees)
  for (const c of [
    ...t.results.flatMap((r) => r.citations),
    ...(t.notes ?? []).flatMap((n) => n.citations),
    ...(t.island?.conflicts ?? []).flatMap((x) => x.citations),
  ])
    citations[citationKey(c.doc, c.anchor)] = {
      publication,
      document: 'Chapter 2',
      section: { number: '2.2', heading: 'X' },
    };
const ctx = {
  trees,
  citations,
  linkFor: (doc: string, anchor: string) => ({ kind: 'in-site' as const, path: `/${doc}/#${anchor}` }),
  date: '2026-12-01',
  siteVersion: '0.2.0',
  title: 'Plan',
};
const reaching = (tree: (typeof trees)[number], outcome: string) =>
  enumeratePaths(tree).find((p) => p.outcome === outcome)!.answers;

describe('packView', () => {
  const pack = emptyPack('partnership');
  pack.wizards['fixture-stage'] = {
    version: trees[0]!.version,
    answers: reaching(trees[0]!, 'o-emerging'),
    note: 'Mine',
  };
  pack.wizards['fixture-formal'] = { version: trees[1]!.version, answers: reaching(trees[1]!, 'o-formal') };
  const view = packView(pack, ctx);

  it("gives each result its headline, the answers it rests on, its passages cited, and the convener's note", () => {
    const [a, b] = view.results;
    expect(a).toMatchObject({ tool: trees[0]!.title, outcome: 'o-emerging', note: 'Mine' });
    expect(a!.answers.length).toBe(pack.wizards['fixture-stage']!.answers.length);
    expect(a!.passages[0]!.source).toMatchObject({ document: 'Chapter 2', link: { kind: 'in-site' } });
    expect(b!.outcome).toBe('o-formal');
  });

  it('flags the conflict between the two results, with both passages, and cites the publication once', () => {
    expect(view.conflicts.map((c) => [c.id, c.passages.length])).toEqual([['emerging-but-formal', 2]]);
    expect(view.conflicts[0]!.between).toEqual([
      expect.stringMatching(/test fixture/),
      expect.stringMatching(/.+: .+/),
    ]);
    expect(view.sources).toEqual([publication]);
  });

  it('says a tool is not answered yet, and takes its own title for an untitled pack', () => {
    const empty = packView(emptyPack('partnership'), ctx);
    expect(empty.results.every((r) => r.headline === undefined)).toBe(true);
    expect(empty.conflicts).toEqual([]);
    expect(empty.title).toBe('Plan');
  });

  it("summarises the self-check by principle with the text's advice, never a score", () => {
    const data = governanceData();
    const check = data.principles[0]!.checks[0]!;
    const withCheck = packView(pack, {
      ...ctx,
      governance: { data, state: { ppp: '', answers: { [check.id]: 'not-yet' } } },
    });
    const first = withCheck.governance![0]!;
    expect(first.principle).toBe(data.principles[0]!.name);
    expect(first.counts).toMatch(/1 not yet/);
    expect(first.counts).not.toMatch(/%|score/i);
    expect(first.todo[0]!.check).toBe(check.question);
    expect(
      packView(pack, { ...ctx, governance: { data, state: { ppp: '', answers: {} } } }).governance,
    ).toBeUndefined();
  });

  it('proposes an agenda in the order of the text, with the results and points to settle', () => {
    const agenda = proposeAgenda(view, { titles: { maturity: trees[0]!.title } });
    const lines = agenda.trim().split('\n');
    expect(lines[0]).toMatch(/^1\. Welcome/);
    expect(agenda.indexOf('2.1 Create a stakeholder map')).toBeLessThan(
      agenda.indexOf('2.2 Define the hierarchical structure'),
    );
    expect(agenda).toContain(`Result of “${trees[0]!.title}”`);
    expect(agenda).toContain('Points to settle');
    expect(lines.at(-1)).toMatch(/Next steps/);
  });
});

describe('where the pack lives', () => {
  it('reads answers from each wizard, its own parts from the plan, and writes an opened file back to where each lives', () => {
    const store = fakeStore();
    const storage = safeStorage(() => store);
    const tree = trees[0]!;
    const answers = reaching(tree, 'o-emerging');
    storage.write(storageKey(tree.id), serializeStored(tree, answers));
    const pack = loadPack(storage, 'partnership', trees);
    expect(pack.wizards[tree.id]?.answers).toEqual(answers);
    pack.sections.agenda = '1. Start';
    pack.tlp = 'AMBER';
    expect(saveOwn(storage, pack)).toBe(true);
    expect(loadPack(storage, 'partnership', trees)).toMatchObject({ tlp: 'AMBER', sections: { agenda: '1. Start' } });

    // Opened on another computer: the wizards get their answers back.
    const otherStore = fakeStore();
    const other = safeStorage(() => otherStore);
    expect(writePack(other, pack, trees)).toBe(true);
    expect(loadPack(other, 'partnership', trees).wizards[tree.id]?.answers).toEqual(answers);
  });

  it('reads only the keys packStorageKeys lists, so the page can tell a first visit (the empty pack) without it', () => {
    for (const kind of ['partnership', 'institution'] as const) {
      const read: string[] = [];
      const store = fakeStore();
      const getItem = (k: string) => {
        read.push(k);
        return store.getItem(k);
      };
      const spy = safeStorage(() => ({ ...store, getItem }));
      expect(loadPack(spy, kind, trees)).toEqual(emptyPack(kind));
      expect(new Set(read)).toEqual(new Set(packStorageKeys(kind, trees)));
    }
  });

  it('says when the browser keeps nothing, and still reads an empty pack', () => {
    const blocked = safeStorage(() => fakeStore({ read: true, write: true }));
    const pack = loadPack(blocked, 'institution', trees);
    expect(pack.wizards).toEqual({});
    expect(saveOwn(blocked, pack)).toBe(false);
    expect(writePack(blocked, pack, trees)).toBe(false);
  });
});
