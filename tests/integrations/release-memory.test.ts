/**
 * After Vite's last bundle the build gives back the heap it no longer uses:
 * the collection must really run in a process started without --expose-gc
 * (as `astro build` is), and only once, after the client environment's
 * bundle, never for the dev server Astro starts to sync the content layer.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import releaseMemoryAfterBundling from '../../src/integrations/release-memory';
import { configSetup } from '../support/integration-setup';

const MODULE = pathToFileURL(join(import.meta.dirname, '..', '..', 'src', 'integrations', 'release-memory.ts')).href;

describe('memory given back after bundling', () => {
  it('shrinks a heap grown by garbage, in a process without --expose-gc', () => {
    const script = `
      const { releaseFreedMemory } = await import(${JSON.stringify(MODULE)});
      let keep = [];
      for (let i = 0; i < 40; i++) { keep.push(new Array(250000).fill(i)); if (keep.length > 4) keep.shift(); }
      keep = null;
      const before = process.memoryUsage().heapTotal;
      releaseFreedMemory();
      console.log(JSON.stringify({ before, after: process.memoryUsage().heapTotal, gc: typeof globalThis.gc }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const { before, after, gc } = JSON.parse(out) as { before: number; after: number; gc: string };
    expect(gc).toBe('undefined'); // not left exposed to the build's own code
    expect(after).toBeLessThan(before * 0.7);
  });

  it('runs after the client environment’s bundle, in a build only', async () => {
    type Plugin = { apply: string; applyToEnvironment: (e: { name: string }) => boolean; closeBundle: unknown };
    expect((await configSetup<Plugin>(releaseMemoryAfterBundling(), 'dev')).plugins).toEqual([]);
    const found = (await configSetup<Plugin>(releaseMemoryAfterBundling(), 'build')).plugins;
    expect(found).toHaveLength(1);
    const [plugin] = found as [Plugin];
    expect(plugin.apply).toBe('build');
    expect(plugin.applyToEnvironment({ name: 'client' })).toBe(true);
    expect(plugin.applyToEnvironment({ name: 'prerender' })).toBe(false);
    expect(typeof plugin.closeBundle).toBe('function');
  });
});
