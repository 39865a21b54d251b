/**
 * The one client build (docs/arch/0005-one-client-build.md): every file named
 * `*.client.ts(x)` under src/ is bundled by esbuild into ONE classic script,
 * `_client/<name>.js`, served by the endpoint src/pages/[...script].js.ts in
 * `astro dev` and written by it in every build (web, BASE_PATH, offline).
 * Classic scripts (an IIFE, no imports at run time) run from file:// too,
 * where module scripts do not; Astro's own client pipeline is not used.
 *
 * Data a script needs (a wizard's tree, …) is published the same way as
 * `_client/data/<name>.js`, a classic script that hands it to the island
 * loader (src/components/client/island-loader.js) — fetch() does not work
 * from disk either.
 */
import { createHash } from 'node:crypto';
import { globSync } from 'node:fs';
import { basename, join } from 'node:path';
import type * as esbuild from 'esbuild';
import { withRoot } from '../lib/urls';
import { usingEsbuild } from './esbuild';

const ROOT = process.cwd();
const ENTRY_PATTERN = 'src/**/*.client.{ts,tsx}';
const DEV = import.meta.env.DEV;

export interface ClientEntry {
  /** "wizard" for src/components/wizard/wizard.client.ts. */
  name: string;
  file: string;
}

let found: ClientEntry[] | undefined;

/** Every client entry, by convention: no list to keep by hand (looked up once per build, on every call in dev). */
export function clientEntries(): ClientEntry[] {
  if (found && !DEV) return found;
  const files = globSync(ENTRY_PATTERN, { cwd: ROOT }).sort();
  const entries = files.map((file) => ({ name: basename(file).replace(/\.client\.tsx?$/, ''), file }));
  const names = new Map<string, string>();
  for (const e of entries) {
    const other = names.get(e.name);
    if (other) throw new Error(`Two client entries are both named "${e.name}": ${other} and ${e.file}. Rename one.`);
    names.set(e.name, e.file);
  }
  found = entries;
  return entries;
}

/** esbuild options for one classic script that runs in the browsers the site supports, from disk too. */
const OPTIONS: esbuild.BuildOptions = {
  bundle: true,
  write: false,
  format: 'iife',
  minify: true,
  target: ['es2020', 'chrome80', 'firefox78', 'safari15'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  // The dialog says plainly when full text needs a build (astro dev) rather than showing a broken search.
  define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.DEV': JSON.stringify(DEV) },
  // Stylesheets travel with the Astro component that renders the island, not with its script.
  loader: { '.css': 'empty' },
  legalComments: 'none',
  logLevel: 'silent',
  absWorkingDir: ROOT,
};

export interface BuiltScript {
  code: string;
  /** First 10 hex digits of its SHA-256: the `?v=` that makes a changed script a new URL for caches. */
  hash: string;
}

async function bundle(entries: ClientEntry[]): Promise<Map<string, BuiltScript>> {
  const result = await usingEsbuild((api) =>
    api.build({
      ...OPTIONS,
      entryPoints: Object.fromEntries(entries.map((e) => [e.name, join(ROOT, e.file)])),
      // Nothing is written (write: false); esbuild names each output after its entry under this folder.
      outdir: join(ROOT, '_client'),
    }),
  );
  const scripts = new Map<string, BuiltScript>();
  for (const file of result.outputFiles ?? []) {
    const name = basename(file.path).replace(/\.js$/, '');
    scripts.set(name, { code: file.text, hash: shortHash(file.text) });
  }
  return scripts;
}

let all: Promise<Map<string, BuiltScript>> | undefined;

/**
 * The bundled script of a client entry. A build bundles every entry at once, the first time any page asks for
 * one: one esbuild call works on them in parallel while the page renders, where one call per entry kept the
 * rendering waiting for each in turn. `astro dev` bundles the one asked for, on each request.
 */
export async function clientScript(name: string): Promise<BuiltScript> {
  const entries = clientEntries();
  const entry = entries.find((e) => e.name === name);
  if (!entry) throw new Error(`No client entry "${name}": expected a file src/**/${name}.client.ts or .tsx`);
  // In dev each request bundles its own entry (two at once must not share one result).
  let scripts: Promise<Map<string, BuiltScript>>;
  if (DEV) scripts = bundle([entry]);
  else {
    all ??= bundle(entries);
    scripts = all;
  }
  const script = (await scripts).get(name);
  if (!script) throw new Error(`esbuild wrote no output for the client entry "${name}" (${entry.file})`);
  return script;
}

/** The src of a client script from a page with this root, e.g. "../../_client/wizard.js?v=1a2b3c4d5e". */
export async function clientScriptSrc(root: string, name: string): Promise<string> {
  const { hash } = await clientScript(name);
  return `${withRoot(root, `_client/${name}.js`)}?v=${hash}`;
}

/** A data script: hands `value` to the island loader under `name`. "<" is escaped so no "</script>" can appear. */
export function dataScript(name: string, value: unknown): BuiltScript {
  const code = `cgg.data(${JSON.stringify(name)},${JSON.stringify(value).replace(/</g, '\\u003c')});`;
  return { code, hash: shortHash(code) };
}

export function shortHash(code: string): string {
  return createHash('sha256').update(code).digest('hex').slice(0, 10);
}
