/**
 * `npm run wizards:paths`: rewrites tests/wizards/paths/<id>.json from
 * content/wizards/*.json. Run it when you mean to change where answers lead,
 * and review the diff of the tables before committing.
 */
import { relative } from 'node:path';
import { readTreeFiles, writeTables } from './path-tables.ts';

try {
  const files = readTreeFiles();
  const { written, removed } = writeTables(files);
  const show = (f: string) => relative(process.cwd(), f);
  for (const f of written) console.log(`wrote ${show(f)}`);
  for (const f of removed) console.log(`removed ${show(f)} (its tree is gone)`);
  console.log(
    `${files.length} tree${files.length === 1 ? '' : 's'}; ${written.length} table${written.length === 1 ? '' : 's'} changed, ${removed.length} removed.`,
  );
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
