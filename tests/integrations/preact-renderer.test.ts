/**
 * Preact's server renderer, registered without @astrojs/preact's Vite preset:
 * the name components are marked with must be the renderer's, and the module
 * the renderer imports its options from must resolve.
 */
import { describe, expect, it } from 'vitest';
import { preactComponent } from '../../src/components/client/preact-component';
import preactRenderer from '../../src/integrations/preact-renderer';
import { asBundlerCalls, configSetup } from '../support/integration-setup';

async function setUp() {
  const { renderers, plugins } = await configSetup<unknown>(preactRenderer(), 'build');
  return { renderers, plugin: asBundlerCalls<string, string>(plugins[0]) };
}

describe('preactRenderer', () => {
  it('registers the renderer that components rendered from .astro files are marked with', async () => {
    const { renderers } = await setUp();
    expect(renderers).toHaveLength(1);
    expect(renderers[0]!.serverEntrypoint).toBe('@astrojs/preact/server.js');
    const Component = preactComponent(() => null);
    expect((Component as unknown as Record<symbol, string>)[Symbol.for('astro:renderer')]).toBe(renderers[0]!.name);
  });

  it("answers the renderer's options module and nothing else", async () => {
    const { plugin } = await setUp();
    const id = plugin.resolveId('astro:preact:opts');
    expect(id).toBeDefined();
    expect(plugin.load(id!)).toBe('export default {};');
    expect(plugin.resolveId('preact')).toBeUndefined();
    expect(plugin.resolveId('astro:preact:opts2')).toBeUndefined();
    expect(plugin.load('preact')).toBeUndefined();
    expect(plugin.load('astro:preact:opts')).toBeUndefined();
  });
});
