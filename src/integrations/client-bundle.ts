/**
 * In a build, the client scripts (src/site/client-bundle.ts) are bundled while
 * Vite bundles the pages, in a child process with an esbuild process of its
 * own (src/integrations/client-bundle-child.ts), and reach the pages as the
 * module `virtual:cgg/client-bundle`: the first page no longer waits for them
 * (about 0.2 s of every build, docs/arch/0009). In `astro dev` the module is
 * empty and each request bundles its own script.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuiltScript } from '../site/client-bundle.ts';
import { askChild } from './child-process.ts';
import { virtualModule } from './virtual-module.ts';

const bundleInChild = (root: string) =>
  askChild<Map<string, BuiltScript>>(new URL('./client-bundle-child.ts', import.meta.url), root);

export default function clientBundle(): AstroIntegration {
  let building = false;
  let root = '';
  let scripts: Promise<Map<string, BuiltScript>> | undefined;
  // Once per build: from astro:build:start, or from the module if Vite asked first.
  const bundled = () => (scripts ??= bundleInChild(root));
  return {
    name: 'client-bundle',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        building = command === 'build';
        updateConfig({
          vite: {
            plugins: [
              virtualModule('cgg:client-bundle', 'virtual:cgg/client-bundle', async () =>
                building
                  ? `export default new Map(${JSON.stringify([...(await bundled())])});`
                  : 'export default undefined;',
              ),
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      // Started before Vite bundles; its module waits for it.
      'astro:build:start': () => {
        // Unhandled until the module asks: a failure is reported there, with the page build.
        bundled().catch(() => {});
      },
    },
  };
}
