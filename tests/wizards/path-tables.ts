/**
 * The committed path tables (tests/wizards/paths/<id>.json): every complete
 * combination of answers and the result and notes it reaches ("o-x + n-y"). Shared by the test, which compares,
 * and by `npm run wizards:paths`, which writes; both plain Node-runnable
 * (explicit .ts imports) so the script needs no build step.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathTable } from '../../src/lib/wizard/paths.ts';
import { SHARED_FILE } from '../../src/lib/wizard/shared.ts';
import type { WizardTree } from '../../src/lib/wizard/types.ts';
import { validateTree } from '../../src/lib/wizard/validate.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const TREES_DIR = join(ROOT, 'content', 'wizards');
export const TABLES_DIR = join(import.meta.dirname, 'paths');

export interface TreeFile {
  /** File name without .json: must equal the tree's id. */
  name: string;
  path: string;
  data: unknown;
}

/** Every assessment in content/wizards/ (not shared.json), parsed but not checked (the tests check). */
export function readTreeFiles(dir = TREES_DIR): TreeFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== SHARED_FILE)
    .sort()
    .map((f) => {
      const path = join(dir, f);
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(path, 'utf8'));
      } catch (e) {
        throw new Error(`${path} is not valid JSON: ${(e as Error).message}`);
      }
      return { name: basename(f, '.json'), path, data };
    });
}

export type PathTable = Record<string, string>;

export const tableFile = (id: string, dir = TABLES_DIR) => join(dir, `${id}.json`);

export function readTable(id: string, dir = TABLES_DIR): PathTable | undefined {
  const file = tableFile(id, dir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PathTable) : undefined;
}

export const formatTable = (table: PathTable) => `${JSON.stringify(table, null, 2)}\n`;

const ACCEPT = 'run `npm run wizards:paths` to accept it on purpose';

/** undefined when the committed table matches the tree, else a message saying what changed. */
export function compareTable(tree: WizardTree, committed: PathTable | undefined): string | undefined {
  const actual = pathTable(tree);
  if (committed === undefined) {
    return `path table of ${tree.id} changed: it has none yet (tests/wizards/paths/${tree.id}.json); ${ACCEPT}`;
  }
  const lines: string[] = [];
  for (const [path, outcome] of Object.entries(actual)) {
    if (!(path in committed)) lines.push(`  + ${path} → ${outcome}`);
    else if (committed[path] !== outcome) lines.push(`  ~ ${path} → ${outcome} (was ${committed[path]})`);
  }
  for (const [path, outcome] of Object.entries(committed))
    if (!(path in actual)) lines.push(`  - ${path} → ${outcome}`);
  return lines.length === 0 ? undefined : `path table of ${tree.id} changed: ${ACCEPT}\n${lines.join('\n')}`;
}

/** Table files whose tree is gone. */
export function orphanTables(treeIds: readonly string[], dir = TABLES_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !treeIds.includes(basename(f, '.json')))
    .sort();
}

/**
 * Writes the table of every tree and removes tables of trees that are gone.
 * Refuses (throws, writing nothing) if a tree is broken: its paths mean nothing.
 */
export function writeTables(files: readonly TreeFile[], dir = TABLES_DIR): { written: string[]; removed: string[] } {
  const problems = files.flatMap((f) => validateTree(f.data).map((p) => `${f.path}: ${p.message}`));
  if (problems.length > 0) throw new Error(`Fix these before writing path tables:\n  ${problems.join('\n  ')}`);
  const trees = files.map((f) => f.data as WizardTree);
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const tree of trees) {
    const file = tableFile(tree.id, dir);
    const text = formatTable(pathTable(tree));
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      writeFileSync(file, text);
      written.push(file);
    }
  }
  const removed = orphanTables(
    trees.map((t) => t.id),
    dir,
  ).map((f) => join(dir, f));
  for (const file of removed) rmSync(file);
  return { written, removed };
}
