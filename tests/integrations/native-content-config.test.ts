/**
 * Astro's modules imported by src/content.config.ts are loaded by Node, not
 * transformed by Vite, in the environment that loads the content config only.
 */
import { describe, expect, it } from 'vitest';
import nativeContentConfig from '../../src/integrations/native-content-config';
import { configSetup } from '../support/integration-setup';

type Options = { resolve?: { external?: string[] | true; noExternal?: string[] } };
type Plugin = { enforce: string; configEnvironment: (name: string, options: Options) => void };

async function plugin(): Promise<Plugin> {
  const { plugins } = await configSetup<Plugin>(nativeContentConfig(), 'build');
  return plugins[0]!;
}

describe('nativeContentConfig', () => {
  it("externalises the content config's Astro imports in the `astro` environment, after Astro's own list", async () => {
    const p = await plugin();
    expect(p.enforce).toBe('post');
    const options: Options = { resolve: { external: ['sharp'], noExternal: ['astro'] } };
    p.configEnvironment('astro', options);
    expect(options.resolve!.external).toEqual(['sharp', 'astro/loaders', 'astro/content/config', 'astro/zod']);
    expect(options.resolve!.noExternal).toEqual(['astro']);
  });

  it('leaves the page environments alone', async () => {
    for (const name of ['ssr', 'prerender', 'client']) {
      const options: Options = { resolve: { external: [] } };
      (await plugin()).configEnvironment(name, options);
      expect(options.resolve!.external).toEqual([]);
    }
  });

  it('adds nothing where everything is external already', async () => {
    const options: Options = { resolve: { external: true } };
    (await plugin()).configEnvironment('astro', options);
    expect(options.resolve!.external).toBe(true);
  });
});
