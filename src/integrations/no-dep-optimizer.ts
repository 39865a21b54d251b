/**
 * `astro build` starts a temporary Vite dev server to sync the content layer,
 * and Vite pre-bundles the browser's dependencies for it (Preact, Astro's dev
 * toolbar): a second or two of every build, for a server no browser ever
 * opens (measured against the Starlight twin, docs/arch/0009). In a build the
 * list is emptied; `astro dev`, where a browser does open the pages, keeps it.
 */
import type { AstroIntegration } from 'astro';

export default function noDepOptimizerInBuild(): AstroIntegration {
  return {
    name: 'no-dep-optimizer-in-build',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'cgg:no-dep-optimizer',
                // After any integration that adds to the list.
                enforce: 'post',
                configEnvironment(_name, options) {
                  options.optimizeDeps = { ...options.optimizeDeps, include: [], noDiscovery: true };
                },
              },
            ],
          },
        });
      },
    },
  };
}
