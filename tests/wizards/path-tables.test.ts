/**
 * Where every answer sequence of every tree leads is committed in
 * tests/wizards/paths/<id>.json, so a change to a tree that sends readers
 * somewhere else can't pass unnoticed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { WizardTree } from '../../src/lib/wizard/types';
import { validateTree } from '../../src/lib/wizard/validate';
import { fixtureTrees, formality } from '../lib/wizard/fixtures/index';
import { compareTable, orphanTables, readTable, readTreeFiles, type TreeFile, writeTables } from './path-tables';

const files = readTreeFiles();

describe('path tables of content/wizards', () => {
  if (files.length === 0) {
    it('(no trees in content/wizards yet: the checks below run on the test fixtures only)', () => {
      expect(readTreeFiles()).toEqual([]);
      expect(orphanTables([])).toEqual([]);
    });
  }

  it.each(files.map((f) => [f.name, f] as const))('%s matches its committed table', (_, file) => {
    const problems = validateTree(file.data).map((p) => p.message);
    if (problems.length > 0)
      throw new Error(`${file.path}: fix the tree before comparing its paths:\n  ${problems.join('\n  ')}`);
    const tree = file.data as WizardTree;
    const difference = compareTable(tree, readTable(tree.id));
    if (difference) throw new Error(difference);
  });

  it('has no table for a tree that is gone', () => {
    const orphans = orphanTables(files.map((f) => (f.data as { id?: string }).id ?? f.name));
    if (orphans.length > 0) {
      throw new Error(
        `tests/wizards/paths/ has tables without a tree (${orphans.join(', ')}): run \`npm run wizards:paths\` to remove them`,
      );
    }
  });
});

describe('the path table check itself (on the fixtures)', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'wizard-paths-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const asFiles = (trees: WizardTree[]): TreeFile[] =>
    trees.map((t) => ({ name: t.id, path: `${t.id}.json`, data: t }));

  it('writes tables that then match, and rewrites nothing the second time', () => {
    const dir = tempDir();
    const first = writeTables(asFiles(fixtureTrees()), dir);
    expect(first.written).toHaveLength(fixtureTrees().length);
    for (const tree of fixtureTrees()) expect(compareTable(tree, readTable(tree.id, dir))).toBeUndefined();
    expect(writeTables(asFiles(fixtureTrees()), dir)).toEqual({ written: [], removed: [] });
    expect(JSON.parse(readFileSync(join(dir, 'fixture-formality.json'), 'utf8'))).toEqual({
      'yes > yes': 'o-informal',
      'yes > no > no': 'o-formal',
      'yes > no > yes': 'o-informal',
      'no > no': 'o-formal',
      'no > yes': 'o-informal',
    });
  });

  it('fails with the command to run when a table is missing', () => {
    expect(compareTable(formality(), undefined)).toBe(
      'path table of fixture-formality changed: it has none yet (tests/wizards/paths/fixture-formality.json); run `npm run wizards:paths` to accept it on purpose',
    );
  });

  it('fails with a diff when an answer now leads elsewhere', () => {
    const dir = tempDir();
    writeTables(asFiles([formality()]), dir);
    const changed = formality();
    const trust = changed.questions.find((q) => q.id === 'q-trust')!;
    trust.answers.push({ id: 'unsure', label: 'Unsure' });
    // "no" trust now also leads to informal; "unsure" to formal.
    changed.rules = [
      { id: 'formal', when: [{ 'q-trust': ['unsure'] }], result: 'o-formal' },
      { id: 'informal', when: [{ 'q-new': ['yes'] }, { 'q-trust': ['no', 'yes'] }], result: 'o-informal' },
    ];
    expect(compareTable(changed, readTable(changed.id, dir))).toBe(
      [
        'path table of fixture-formality changed: run `npm run wizards:paths` to accept it on purpose',
        '  ~ yes > no > no → o-informal (was o-formal)',
        '  + yes > no > unsure → o-formal',
        '  ~ no > no → o-informal (was o-formal)',
        '  + no > unsure → o-formal',
      ].join('\n'),
    );
  });

  it('removes tables of trees that are gone, and refuses to write for a broken tree', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'old-tree.json'), '{}');
    expect(orphanTables(['fixture-formality'], dir)).toEqual(['old-tree.json']);
    expect(writeTables(asFiles([formality()]), dir).removed).toEqual([join(dir, 'old-tree.json')]);
    const broken = formality();
    broken.rules.pop();
    expect(() => writeTables(asFiles([broken]), dir)).toThrow(/\[gap\]/);
  });
});
