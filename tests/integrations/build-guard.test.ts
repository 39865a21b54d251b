/**
 * A failed build leaves nothing a deploy script could publish: the guard
 * removes the output folder when the build's process ends with an error, and
 * keeps it when the build succeeds. Played in a child process, as Astro's CLI
 * runs the hooks and exits.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../support/temp-dirs';

const GUARD = join(import.meta.dirname, '..', '..', 'src', 'integrations', 'build-guard.ts');
const tempDir = tempDirs('guard-');

/** A built-looking folder, then the guard's hooks in a process that ends with `exitCode` (set, or thrown). */
function build(end: 'success' | 'exit-code' | 'throw'): string {
  const dir = tempDir();
  const out = join(dir, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>half-checked</title>');
  const script = `
    const { default: guard } = await import(${JSON.stringify(pathToFileURL(GUARD).href)});
    const g = guard();
    const logger = { error: () => {}, info: () => {} };
    g.hooks['astro:config:done']({ config: { outDir: new URL(${JSON.stringify(pathToFileURL(`${out}/`).href)}) } });
    g.hooks['astro:build:start']({ logger });
    ${end === 'exit-code' ? 'process.exitCode = 1;' : end === 'throw' ? "throw new Error('a wizard is broken');" : ''}
  `;
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'pipe' });
  } catch {
    // The failing cases end with an error, as a failed build does.
  }
  return out;
}

describe('build guard', () => {
  it('keeps the output of a build that succeeds', () => {
    expect(existsSync(join(build('success'), 'index.html'))).toBe(true);
  });

  it('removes the output of a build that fails, however it fails', () => {
    expect(existsSync(build('exit-code'))).toBe(false);
    expect(existsSync(build('throw'))).toBe(false);
  });
});
