/**
 * Once Vite has bundled (its last environment, the client's, closed), the
 * build hands back to the system the memory it no longer uses, before the
 * pages render and Pagefind's process reads them. V8 keeps the heap it grew
 * to while Vite bundled (a young generation of 128 MB, most of it empty, and
 * fragmented old space) until the process ends; a last-resort collection
 * compacts it and gives the pages back: about 200 MB at 1× and 10×, in a
 * quarter of a second (docs/arch/0009). esbuild's process (Astro's plugins
 * use it while Vite bundles, src/site/esbuild.ts) is stopped at the same
 * point; a page that minifies an inline script starts it again.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';
import { stopEsbuild } from '../site/esbuild.ts';

type Gc = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/** A last-resort collection (`gc` is not exposed to a process started without --expose-gc, so it is asked for). */
export function releaseFreedMemory(): void {
  setFlagsFromString('--expose-gc');
  // A new context sees the flag; the current one was made before it.
  const gc = runInNewContext('gc') as Gc;
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

export default function releaseMemoryAfterBundling(): AstroIntegration {
  return {
    name: 'release-memory-after-bundling',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'cgg:release-memory-after-bundling',
                // Not for the dev server Astro starts to sync the content layer, which closes its environments too.
                apply: 'build',
                applyToEnvironment: (environment) => environment.name === 'client',
                async closeBundle() {
                  const started = Date.now();
                  const before = process.memoryUsage.rss();
                  await stopEsbuild();
                  releaseFreedMemory();
                  logger.info(
                    `memory given back after bundling: ${mb(before)} → ${mb(process.memoryUsage.rss())} in ${Date.now() - started} ms`,
                  );
                },
              },
            ],
          },
        });
      },
    },
  };
}

const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
