/**
 * The build's memory (docs/arch/0012). V8 grows the young generation, where
 * new objects start, up to 128 MB as Vite bundles, mostly empty, and keeps it
 * to the end. From the config on, a build holds it at the size start-up gave
 * it (64 MB): peaks about 50 MB lower at every size, and less to clear.
 *
 * Once the pages are written, a build that still holds more than
 * HAND_BACK_ABOVE hands back to the system what it no longer uses (a
 * last-resort collection), before the steps after the pages and Pagefind's
 * process, which holds every page as it indexes. Smaller builds skip the
 * pause: they gave back 120–160 MB in a quarter of a second, below a peak
 * already under the twin's. esbuild's process (Astro's plugins use it while
 * Vite bundles, src/site/esbuild.ts) is stopped once Vite is done; a page that
 * minifies an inline script starts it again.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';
import { stopEsbuild } from '../site/esbuild.ts';

/** Above this, the build's process gives back its unused memory once the pages are written. */
export const HAND_BACK_ABOVE = 1024 * 1048576;

/** How much larger V8 makes the young generation each time it grows (V8's default is 2). */
const setYoungGrowth = (factor: number) => setFlagsFromString(`--semi-space-growth-factor=${factor}`);

/** Keep the young generation at its present size (a V8 flag read each time it would grow). */
export const holdYoungGeneration = (): void => setYoungGrowth(1);

type Gc = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * A last-resort collection: it compacts the heap and shrinks the young generation to its least, which
 * may then grow again as V8 would (`gc` is not exposed to a process started without --expose-gc, so it
 * is asked for).
 */
export function releaseFreedMemory(): void {
  setFlagsFromString('--expose-gc');
  // A new context sees the flag; the current one was made before it.
  const gc = runInNewContext('gc') as Gc;
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  setYoungGrowth(2);
}

export default function buildMemory(): AstroIntegration {
  return {
    name: 'build-memory',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        holdYoungGeneration();
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'cgg:stop-esbuild-after-bundling',
                // Not for the dev server Astro starts to sync the content layer, which closes its environments too.
                apply: 'build',
                applyToEnvironment: (environment) => environment.name === 'client',
                closeBundle: stopEsbuild,
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        const before = process.memoryUsage.rss();
        if (before <= HAND_BACK_ABOVE) return;
        const started = Date.now();
        releaseFreedMemory();
        logger.info(
          `memory given back after the pages: ${mb(before)} → ${mb(process.memoryUsage.rss())} in ${Date.now() - started} ms`,
        );
      },
    },
  };
}

const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
