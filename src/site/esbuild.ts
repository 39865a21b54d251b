/**
 * esbuild runs as a process of its own, one for the whole Node process: the
 * site's calls (the inline scripts, src/site/inline-scripts.ts; the one client
 * build, src/site/client-bundle.ts) share it with Astro's own plugins, which
 * transform modules through it while Vite bundles. Stopping it under them
 * leaves their call unanswered: the build hung for 100 s and failed with
 * "oneshot canceled" when the client build, running alongside Vite's, stopped
 * it as soon as it was done. So no call stops it; a build stops it once its
 * pages are made (src/integrations/client-bundle.ts, astro:build:generated),
 * before Pagefind's indexing, where the build's memory peaks (the process
 * holds 15–40 MB). A later call would start it again.
 */
import * as esbuild from 'esbuild';

export { esbuild };

export const stopEsbuild = (): Promise<void> => esbuild.stop();
