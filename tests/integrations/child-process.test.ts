/**
 * askChild runs a module in a child process and hands back its one answer or
 * its error; the child compiles with the build's compile cache when Astro's CLI
 * turned one on (the wizard check answers sooner), and with none otherwise.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { askChild } from '../../src/integrations/child-process';
import { tempDirs } from '../support/temp-dirs';

const CHILD = pathToFileURL(join(import.meta.dirname, 'fixtures', 'compile-cache-child.ts'));
const MODULE = pathToFileURL(join(import.meta.dirname, '..', '..', 'src', 'integrations', 'child-process.ts')).href;
const tempDir = tempDirs('compile-cache-');

/** askChild called from a fresh Node process, with the compile cache on (in `cacheDir`) or off. */
function askFromParent(cacheDir: string | null): { cache: string | null } {
  const script = `
    import { enableCompileCache } from 'node:module';
    ${cacheDir ? `enableCompileCache(${JSON.stringify(cacheDir)});` : ''}
    const { askChild } = await import(${JSON.stringify(MODULE)});
    console.log(JSON.stringify(await askChild(new URL(${JSON.stringify(CHILD.href)}), {})));
  `;
  // A file, not --eval: fork passes the parent's flags on, and --input-type fails a child started from a file.
  const file = join(tempDir(), 'parent.mjs');
  writeFileSync(file, script);
  const env = { ...process.env };
  delete env.NODE_COMPILE_CACHE;
  return JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8', env }));
}

describe('askChild', () => {
  it('gives the child the parent’s compile cache', () => {
    const dir = tempDir();
    const { cache } = askFromParent(dir);
    expect(cache).not.toBeNull();
    expect(cache!.startsWith(dir)).toBe(true);
  });

  it('gives it none where the parent has none (as in CI, where Astro turns it off)', () => {
    expect(askFromParent(null)).toEqual({ cache: null });
  });

  it('rejects with the child’s error message', async () => {
    await expect(askChild(CHILD, { fail: 'tlp › no rule matches' })).rejects.toThrow('tlp › no rule matches');
  });
});
