/**
 * The client build of src/integrations/client-bundle.ts, in a child process:
 * given the project's root. It has an esbuild process of its own,
 * stopped once the scripts are made (the build's own, used by Astro, is left to
 * Astro: src/site/esbuild.ts).
 */
import { bundleClientEntries, findClientEntries } from '../site/client-bundle.ts';
import { stopEsbuild } from '../site/esbuild.ts';
import { answer } from './child-process.ts';

answer(async (root: string) => {
  try {
    return await bundleClientEntries(root, findClientEntries(root), false);
  } finally {
    await stopEsbuild();
  }
});
