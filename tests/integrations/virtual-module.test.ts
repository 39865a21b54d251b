/**
 * A virtual module's plugin: its hooks carry the bundler's id filters, so they
 * run for that one module's id, matched whole (a name with ":" and "/" in it),
 * and not for any other.
 */
import { describe, expect, it } from 'vitest';
import { virtualModule } from '../../src/integrations/virtual-module';
import { asBundlerCalls } from '../support/integration-setup';

describe('virtualModule', () => {
  const plugin = asBundlerCalls<string, string>(
    virtualModule('test:virtual', 'virtual:a/b.c', () => 'export default 1;'),
  );

  it('resolves its id to the id with a null byte, and loads only that', () => {
    expect(plugin.resolveId('virtual:a/b.c')).toBe('\0virtual:a/b.c');
    expect(plugin.load('\0virtual:a/b.c')).toBe('export default 1;');
  });

  it('leaves every other id alone, however close', () => {
    for (const id of ['virtual:a/bxc', 'virtual:a/b.c/d', 'x/virtual:a/b.c', 'virtual:a/b.c?raw'])
      expect(plugin.resolveId(id)).toBeUndefined();
    expect(plugin.load('virtual:a/b.c')).toBeUndefined();
    expect(plugin.load('/src/page.astro')).toBeUndefined();
  });

  it('gives its hooks filters, so the bundler need not call them for other modules', () => {
    const hooks = virtualModule('test:virtual', 'virtual:a/b.c', () => '') as unknown as Record<
      string,
      { filter?: unknown }
    >;
    expect(hooks.resolveId!.filter).toBeDefined();
    expect(hooks.load!.filter).toBeDefined();
  });
});
