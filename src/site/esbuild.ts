/**
 * esbuild runs as a process of its own, one per process that imports it: the
 * site's calls on Astro's thread (the inline scripts,
 * src/site/inline-scripts.ts) share it with Astro's own plugins, which
 * transform modules through it while Vite bundles. Stopping it under them
 * leaves their call unanswered: the build hung for 100 s and failed with
 * "oneshot canceled". So no call stops it; a build stops it once Vite is done
 * (src/integrations/build-memory.ts). The client build runs
 * in a child process, whose esbuild process (about 50 MB once it has
 * bundled) it stops as soon as it is done (src/integrations/client-bundle-child.ts).
 */
import * as esbuild from 'esbuild';

export { esbuild };

export const stopEsbuild = (): Promise<void> => esbuild.stop();
