/**
 * The one client build itself (docs/arch/0005-one-client-build.md), loadable
 * by Node as well as by Vite: the build starts it from an integration
 * (src/integrations/client-bundle.ts) while Vite bundles the pages, `astro dev`
 * from the page that asks (src/site/client-scripts.ts). Every file named
 * `*.client.ts(x)` under src/ is bundled by esbuild into ONE classic script,
 * `_client/<name>.js`: an IIFE with no imports at run time, so it runs from
 * file:// too.
 */
import { createHash } from 'node:crypto';
import { globSync } from 'node:fs';
import { basename, join } from 'node:path';
import { esbuild } from './esbuild.ts';

const ENTRY_PATTERN = 'src/**/*.client.{ts,tsx}';

export interface ClientEntry {
  /** "wizard" for src/components/wizard/wizard.client.ts. */
  name: string;
  file: string;
}

export interface BuiltScript {
  code: string;
  /** First 10 hex digits of its SHA-256: the `?v=` that makes a changed script a new URL for caches. */
  hash: string;
}

/** Every client entry under `root`, by convention: no list to keep by hand. */
export function findClientEntries(root: string): ClientEntry[] {
  const files = globSync(ENTRY_PATTERN, { cwd: root }).sort();
  const entries = files.map((file) => ({ name: basename(file).replace(/\.client\.tsx?$/, ''), file }));
  const names = new Map<string, string>();
  for (const e of entries) {
    const other = names.get(e.name);
    if (other) throw new Error(`Two client entries are both named "${e.name}": ${other} and ${e.file}. Rename one.`);
    names.set(e.name, e.file);
  }
  return entries;
}

/** esbuild options for one classic script that runs in the browsers the site supports, from disk too. */
const options = (root: string, dev: boolean): esbuild.BuildOptions => ({
  bundle: true,
  write: false,
  format: 'iife',
  minify: true,
  target: ['es2020', 'chrome80', 'firefox78', 'safari15'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  // The dialog says plainly when full text needs a build (astro dev) rather than showing a broken search.
  define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.DEV': JSON.stringify(dev) },
  // Stylesheets travel with the Astro component that renders the island, not with its script.
  loader: { '.css': 'empty' },
  legalComments: 'none',
  logLevel: 'silent',
  absWorkingDir: root,
});

/** Bundle `entries` in one esbuild call (it works on them in parallel): each entry's script by name. */
export async function bundleClientEntries(
  root: string,
  entries: ClientEntry[],
  dev: boolean,
): Promise<Map<string, BuiltScript>> {
  const result = await esbuild.build({
    ...options(root, dev),
    entryPoints: Object.fromEntries(entries.map((e) => [e.name, join(root, e.file)])),
    // Nothing is written (write: false); esbuild names each output after its entry under this folder.
    outdir: join(root, '_client'),
  });
  const scripts = new Map<string, BuiltScript>();
  for (const file of result.outputFiles ?? []) {
    const name = basename(file.path).replace(/\.js$/, '');
    scripts.set(name, { code: file.text, hash: shortHash(file.text) });
  }
  for (const e of entries)
    if (!scripts.has(e.name)) throw new Error(`esbuild wrote no output for the client entry "${e.name}" (${e.file})`);
  return scripts;
}

export function shortHash(code: string): string {
  return createHash('sha256').update(code).digest('hex').slice(0, 10);
}
