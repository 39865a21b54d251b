/**
 * Astro's modules imported by src/content.config.ts are loaded by Node, not
 * transformed by Vite, in the environment that loads the content config only.
 */
import { describe, expect, it } from 'vitest';
import nativeContentConfig from '../../src/integrations/native-content-config';

type Options = { resolve?: { external?: string[] | true; noExternal?: string[] } };
type Plugin = { enforce: string; configEnvironment: (name: string, options: Options) => void };

function plugin(): Plugin {
  let plugins: Plugin[] = [];
  const hooks = nativeContentConfig().hooks as Record<string, (o: unknown) => unknown>;
  hooks['astro:config:setup']!({
    command: 'build',
    updateConfig: (c: { vite: { plugins: Plugin[] } }) => {
      plugins = c.vite.plugins;
    },
  });
  return plugins[0]!;
}

describe('nativeContentConfig', () => {
  it("externalises the content config's Astro imports in the `astro` environment, after Astro's own list", () => {
    const p = plugin();
    expect(p.enforce).toBe('post');
    const options: Options = { resolve: { external: ['sharp'], noExternal: ['astro'] } };
    p.configEnvironment('astro', options);
    expect(options.resolve!.external).toEqual(['sharp', 'astro/loaders', 'astro/content/config', 'astro/zod']);
    expect(options.resolve!.noExternal).toEqual(['astro']);
  });

  it('leaves the page environments alone', () => {
    for (const name of ['ssr', 'prerender', 'client']) {
      const options: Options = { resolve: { external: [] } };
      plugin().configEnvironment(name, options);
      expect(options.resolve!.external).toEqual([]);
    }
  });

  it('adds nothing where everything is external already', () => {
    const options: Options = { resolve: { external: true } };
    plugin().configEnvironment('astro', options);
    expect(options.resolve!.external).toBe(true);
  });
});
