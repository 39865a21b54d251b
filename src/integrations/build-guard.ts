/**
 * A failed build leaves no output: a deploy script that copies dist/ after
 * `npm run build` must never publish pages whose checks failed (a broken
 * wizard, a missing search index). Astro writes the pages before the checks
 * of astro:build:done run, so when the process ends with an error the output
 * folder is removed.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function buildGuard(): AstroIntegration {
  let outDir = '';
  return {
    name: 'build-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        process.once('exit', (code) => {
          if (code === 0 && !process.exitCode) return;
          rmSync(outDir, { recursive: true, force: true });
          logger.error(`The build failed: ${outDir} was removed, so nothing half-checked can be published.`);
        });
      },
    },
  };
}
