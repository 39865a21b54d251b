/**
 * The islands' code must not pull in zod: its schemas compile with
 * `new Function`, which the site's Content-Security-Policy blocks (and it
 * would burst the page-weight budget). Follows the value imports (not
 * `import type`) from each island entry and names the way zod was reached.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** Every client entry (src/site/client-scripts.ts bundles each *.client.ts(x) for the browser). */
const ENTRIES = globSync('src/**/*.client.{ts,tsx}', { cwd: ROOT }).sort();
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveImport(from: string, spec: string): string | undefined {
  const base = join(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`].find((f) => existsSync(f) && !f.endsWith('/'));
}

/** The chain of files from `entry` to one that imports zod, or undefined. */
function pathToZod(entry: string): string[] | undefined {
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]): string[] | undefined => {
    if (seen.has(file)) return undefined;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (spec === 'zod' || spec === 'astro/zod') return [...chain, file];
      if (!spec!.startsWith('.')) continue;
      const next = resolveImport(file, spec!);
      const found = next && visit(next, [...chain, file]);
      if (found) return found;
    }
    return undefined;
  };
  return visit(join(ROOT, entry), []);
}

describe('client bundles', () => {
  it('are found', () => {
    expect(ENTRIES).toEqual(
      expect.arrayContaining(['src/components/wizard/wizard.client.ts', 'src/components/search/search.client.tsx']),
    );
  });

  it.each(ENTRIES)('%s reaches no zod', (entry) => {
    const chain = pathToZod(entry)?.map((f) => relative(ROOT, f));
    expect(chain, chain?.join(' → ')).toBeUndefined();
  });

  it('would notice zod reached through a value import', () => {
    expect(pathToZod('src/lib/wizard/validate.ts')?.map((f) => relative(ROOT, f))).toEqual([
      'src/lib/wizard/validate.ts',
      'src/lib/wizard/schema.ts',
    ]);
  });
});
