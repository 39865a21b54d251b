/** The manifest a build wrote (src/pages/[...data].json.ts), for the steps that run after the pages. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BuiltManifest, MANIFEST_FILE } from '../lib/manifest.ts';

export function readBuiltManifest(outDir: string): BuiltManifest {
  const file = join(outDir, MANIFEST_FILE);
  if (!existsSync(file)) throw new Error(`${file} is missing: src/pages/[...data].json.ts should have written it`);
  return JSON.parse(readFileSync(file, 'utf8')) as BuiltManifest;
}
