/**
 * The one client build, started by its integration before Vite bundles the
 * pages: every `*.client.ts(x)` under src/ becomes one classic script named
 * after it, reaching the pages as `virtual:cgg/client-bundle` in a build and
 * as nothing in `astro dev` (where each request bundles its own).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import clientBundle from '../../src/integrations/client-bundle';
import { bundleClientEntries, findClientEntries } from '../../src/site/client-bundle';
import { asBundlerCalls, type BundlerCalls, configSetup } from '../support/integration-setup';
import { tempDirs } from '../support/temp-dirs';

const tempDir = tempDirs('client-bundle-');

/** A project with these files under it. */
function project(files: Record<string, string>): string {
  const root = tempDir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const GREET = {
  'src/a/greet.client.ts': "import { word } from './word';\nconsole.log(word + '!');\n",
  'src/a/word.ts': "export const word = 'hello';\n",
  'src/b/count.client.tsx': 'export const n: number = 1;\n',
};

type Plugin = BundlerCalls<string, Promise<string>>;

/** The integration's Vite plugin, after the hooks a build (or `astro dev`) calls, called as the bundler would. */
async function plugin(root: string, command: 'build' | 'dev'): Promise<Plugin> {
  const integration = clientBundle();
  const { plugins } = await configSetup<unknown>(integration, command);
  const hooks = integration.hooks as Record<string, (o: unknown) => unknown>;
  await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`) } });
  if (command === 'build') await hooks['astro:build:start']!({});
  return asBundlerCalls<string, Promise<string>>(plugins[0]);
}

describe('client bundle', () => {
  it('finds every entry by its name, and refuses two of the same name', () => {
    expect(findClientEntries(project(GREET))).toEqual([
      { name: 'greet', file: 'src/a/greet.client.ts' },
      { name: 'count', file: 'src/b/count.client.tsx' },
    ]);
    const twice = project({ ...GREET, 'src/c/greet.client.tsx': '' });
    expect(() => findClientEntries(twice)).toThrow(/Two client entries are both named "greet"/);
  });

  it('bundles each entry with what it imports into one classic script, hashed by its text', async () => {
    const root = project(GREET);
    const scripts = await bundleClientEntries(root, findClientEntries(root), false);
    const greet = scripts.get('greet')!;
    expect(greet.code).toContain('"hello"');
    expect(greet.code).not.toMatch(/\bimport\b|\bexport\b/);
    expect(greet.hash).toMatch(/^[0-9a-f]{10}$/);
    expect(scripts.get('count')?.hash).not.toBe(greet.hash);
  });

  it('hands a build every script through its virtual module, and dev nothing', async () => {
    const root = project(GREET);
    const build = await plugin(root, 'build');
    const id = build.resolveId('virtual:cgg/client-bundle')!;
    expect(build.resolveId('./other')).toBeUndefined();
    expect(build.load('./other')).toBeUndefined();
    const code = (await build.load(id))!;
    const map = new Map(JSON.parse(/^export default new Map\((.*)\);$/s.exec(code)![1]!));
    expect([...map.keys()].sort()).toEqual(['count', 'greet']);

    const dev = await plugin(root, 'dev');
    expect(await dev.load(dev.resolveId('virtual:cgg/client-bundle')!)).toBe('export default undefined;');
  });

  it('fails the build with esbuild’s message when an entry does not compile', async () => {
    const root = project({ 'src/broken.client.ts': 'const = ;\n' });
    const build = await plugin(root, 'build');
    await expect(build.load(build.resolveId('virtual:cgg/client-bundle')!)).rejects.toThrow(/broken\.client\.ts/);
  });
});
