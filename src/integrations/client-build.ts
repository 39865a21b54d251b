/**
 * Once every page is written, the one client build (src/site/client-scripts.ts)
 * and the inline scripts' minifying (src/site/inline-scripts.ts) are done:
 * their esbuild process (40–60 MB) is stopped rather than kept alive through
 * the steps after the pages (Pagefind, the passages index, the checks), where
 * the build's memory peaks. Anything that calls esbuild later starts it again.
 */
import type { AstroIntegration } from 'astro';
import { stop } from 'esbuild';

export default function clientBuild(): AstroIntegration {
  return {
    name: 'client-build',
    hooks: {
      'astro:build:generated': async () => {
        await stop();
      },
    },
  };
}
