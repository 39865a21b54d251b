/** The offline bundle's zip: every file of a folder under one top folder, the same bytes in any time zone. */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, posix } from 'node:path';
import { type Zippable, zipSync } from 'fflate';

/** Every file under `dir`, as "/"-separated paths relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile())
    .map((e) => posix.join(posix.relative(dir.split('\\').join('/'), e.parentPath.split('\\').join('/')), e.name))
    .sort();
}

/** Files Pagefind has compressed already: stored, not deflated again. */
const STORED = /\.(pagefind|pf_meta|pf_fragment|pf_index|zip|png|jpe?g|gif|webp|woff2?)$/;

/**
 * The folder as a zip, its files under one top folder `top`, all dated noon
 * of `date`. A zip stores local wall-clock time (DOS format) and fflate reads
 * it from the Date in the machine's time zone, so the Date is made from local
 * fields: the same bytes in any time zone.
 */
export function zipFolder(dir: string, top: string, date: string): Uint8Array {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const tree: Zippable = {};
  for (const file of filesUnder(dir)) {
    tree[posix.join(top, file)] = [readFileSync(join(dir, file)), { level: STORED.test(file) ? 0 : 9, mtime }];
  }
  return zipSync(tree);
}
