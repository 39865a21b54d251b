/**
 * esbuild runs as a process of its own (40–60 MB once it has bundled the
 * client scripts), kept alive between calls. The build needs it twice, briefly:
 * the inline scripts (src/site/inline-scripts.ts) and the one client build
 * (src/site/client-scripts.ts). Each use goes through here, and the process is
 * stopped as soon as no call is running, rather than living through the
 * rendering and Pagefind's indexing, where the build's memory peaks. The next
 * call starts it again (in `astro dev`, once per request: a few milliseconds).
 */
import * as esbuild from 'esbuild';

let running = 0;

export async function usingEsbuild<T>(run: (api: typeof esbuild) => Promise<T>): Promise<T> {
  running++;
  try {
    return await run(esbuild);
  } finally {
    running--;
    if (running === 0) await esbuild.stop();
  }
}
