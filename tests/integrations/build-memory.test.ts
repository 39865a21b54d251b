/**
 * The build's memory: the young generation held at its size from the config
 * on, and the heap given back after the pages when the build holds more than
 * HAND_BACK_ABOVE. V8 flags are set at run time here, so each runs in a
 * process of its own, started without --expose-gc (as `astro build` is).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import buildMemory, { HAND_BACK_ABOVE } from '../../src/integrations/build-memory';
import { configSetup } from '../support/integration-setup';

const MODULE = pathToFileURL(join(import.meta.dirname, '..', '..', 'src', 'integrations', 'build-memory.ts')).href;

/** Runs `body` as a module in a fresh Node process, with `memory` imported; returns what it printed as JSON. */
function inFreshProcess<T>(body: string): T {
  const script = `
    const memory = await import(${JSON.stringify(MODULE)});
    const v8 = await import('node:v8');
    const young = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
    /** Short-lived objects, some surviving a while: what makes V8 grow the young generation. */
    const churn = () => {
      let keep = [];
      for (let i = 0; i < 200000; i++) {
        keep.push({ i, s: 'x' + i, a: [i, i + 1] });
        if (keep.length > 50000) keep = keep.slice(25000);
      }
    };
    ${body}
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as T;
}

describe('the young generation', () => {
  it('grows as V8 would unless held, and stays at its size once held', () => {
    const { free, held } = inFreshProcess<{ free: number[]; held: number[] }>(`
      const free = [young()]; churn(); free.push(young());
      memory.holdYoungGeneration();
      const held = [young()]; churn(); churn(); held.push(young());
      console.log(JSON.stringify({ free, held }));
    `);
    // If V8 stops reading the flag at run time, the first check still passes and the second fails.
    expect(free[1]).toBeGreaterThan(free[0]!);
    expect(held[1]).toBe(held[0]);
  });
});

describe('memory given back', () => {
  it('shrinks a heap grown by garbage, and lets the young generation grow again', () => {
    const { before, after, youngAfter, youngLater, gc } = inFreshProcess<Record<string, number | string>>(`
      memory.holdYoungGeneration();
      let keep = [];
      for (let i = 0; i < 40; i++) { keep.push(new Array(250000).fill(i)); if (keep.length > 4) keep.shift(); }
      keep = null;
      const before = process.memoryUsage().heapTotal;
      memory.releaseFreedMemory();
      const after = process.memoryUsage().heapTotal;
      const youngAfter = young();
      churn();
      churn();
      console.log(JSON.stringify({ before, after, youngAfter, youngLater: young(), gc: typeof globalThis.gc }));
    `);
    expect(gc).toBe('undefined'); // not left exposed to the build's own code
    expect(after).toBeLessThan((before as number) * 0.7);
    // Held, it stays within twice its least (V8 still grows it a step); let go, it grows as before (16×).
    expect(youngLater).toBeGreaterThan((youngAfter as number) * 4);
  });
});

describe('the integration', () => {
  const logger = () => ({ info: vi.fn() }) as unknown as AstroIntegrationLogger & { info: ReturnType<typeof vi.fn> };
  const buildDone = async (integration: ReturnType<typeof buildMemory>, log: AstroIntegrationLogger) =>
    (integration.hooks['astro:build:done'] as (o: { logger: AstroIntegrationLogger }) => Promise<void> | void)({
      logger: log,
    });

  it('stops esbuild after the client environment’s bundle, in a build only', async () => {
    type Plugin = { apply: string; applyToEnvironment: (e: { name: string }) => boolean; closeBundle: unknown };
    expect((await configSetup<Plugin>(buildMemory(), 'dev')).plugins).toEqual([]);
    const found = (await configSetup<Plugin>(buildMemory(), 'build')).plugins;
    expect(found).toHaveLength(1);
    const [plugin] = found as [Plugin];
    expect(plugin.apply).toBe('build');
    expect(plugin.applyToEnvironment({ name: 'client' })).toBe(true);
    expect(plugin.applyToEnvironment({ name: 'prerender' })).toBe(false);
    expect(typeof plugin.closeBundle).toBe('function');
  });

  it('gives memory back after the pages only when the build holds more than HAND_BACK_ABOVE', async () => {
    const rss = vi.spyOn(process.memoryUsage, 'rss');
    try {
      const small = buildMemory();
      await configSetup(small, 'build');
      const quiet = logger();
      rss.mockReturnValue(HAND_BACK_ABOVE);
      await buildDone(small, quiet);
      expect(quiet.info).not.toHaveBeenCalled();

      const large = buildMemory();
      await configSetup(large, 'build');
      const told = logger();
      rss.mockReturnValue(HAND_BACK_ABOVE + 1);
      await buildDone(large, told);
      expect(told.info).toHaveBeenCalledWith(expect.stringMatching(/^memory given back after the pages: 1024 MB → /));
    } finally {
      rss.mockRestore();
    }
  });
});
