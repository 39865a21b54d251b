/**
 * Preact's server renderer, registered without @astrojs/preact's Vite preset:
 * the name components are marked with must be the renderer's, and the module
 * the renderer imports its options from must resolve.
 */
import type { AstroRenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { preactComponent } from '../../src/components/client/preact-component';
import preactRenderer from '../../src/integrations/preact-renderer';

type Plugin = { resolveId: (id: string) => string | undefined; load: (id: string) => string | undefined };

function setUp() {
  const renderers: AstroRenderer[] = [];
  let plugins: Plugin[] = [];
  const hooks = preactRenderer().hooks as Record<string, (o: unknown) => unknown>;
  hooks['astro:config:setup']!({
    command: 'build',
    addRenderer: (r: AstroRenderer) => renderers.push(r),
    updateConfig: (c: { vite: { plugins: Plugin[] } }) => {
      plugins = c.vite.plugins;
    },
  });
  return { renderers, plugin: plugins[0]! };
}

describe('preactRenderer', () => {
  it('registers the renderer that components rendered from .astro files are marked with', () => {
    const { renderers } = setUp();
    expect(renderers).toHaveLength(1);
    expect(renderers[0]!.serverEntrypoint).toBe('@astrojs/preact/server.js');
    const Component = preactComponent(() => null);
    expect((Component as unknown as Record<symbol, string>)[Symbol.for('astro:renderer')]).toBe(renderers[0]!.name);
  });

  it("answers the renderer's options module, with no filter", () => {
    const { plugin } = setUp();
    const id = plugin.resolveId('astro:preact:opts');
    expect(id).toBeDefined();
    expect(plugin.load(id!)).toBe('export default {};');
    expect(plugin.resolveId('preact')).toBeUndefined();
    expect(plugin.load('preact')).toBeUndefined();
  });
});
