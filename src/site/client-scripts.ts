/**
 * The client scripts as pages see them (docs/arch/0005-one-client-build.md):
 * each `*.client.ts(x)` under src/ is one classic script `_client/<name>.js`
 * (bundled by src/site/client-bundle.ts), served by the endpoint
 * src/pages/[...script].js.ts in `astro dev` and written by it in every build
 * (web, BASE_PATH, offline). Astro's own client pipeline is not used.
 *
 * Data a script needs (a wizard's tree, …) is published the same way as
 * `_client/data/<name>.js`, a classic script that hands it to the island
 * loader (src/components/client/island-loader.js) — fetch() does not work
 * from disk either.
 */
import { withRoot } from '../lib/urls';
import built from 'virtual:cgg/client-bundle';
import { type BuiltScript, bundleClientEntries, type ClientEntry, findClientEntries, shortHash } from './client-bundle';

export type { BuiltScript, ClientEntry };
export { shortHash };

const ROOT = process.cwd();
const DEV = import.meta.env.DEV;

let found: ClientEntry[] | undefined;

/** Every client entry (looked up once per build, on every call in dev). */
export function clientEntries(): ClientEntry[] {
  if (found && !DEV) return found;
  found = findClientEntries(ROOT);
  return found;
}

/**
 * The bundled script of a client entry. A build bundled every entry at once while Vite bundled the pages
 * (src/integrations/client-bundle.ts); `astro dev` bundles the one asked for, on each request (two requests
 * at once must not share one result).
 */
export async function clientScript(name: string): Promise<BuiltScript> {
  const entry = clientEntries().find((e) => e.name === name);
  if (!entry) throw new Error(`No client entry "${name}": expected a file src/**/${name}.client.ts or .tsx`);
  const scripts = built ?? (await bundleClientEntries(ROOT, [entry], DEV));
  const script = scripts.get(name);
  if (!script) throw new Error(`No bundled script for the client entry "${name}" (${entry.file})`);
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
