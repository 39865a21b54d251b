/**
 * Preact's server renderer for Astro, registered without the rest of
 * @astrojs/preact's integration. The site compiles JSX with Vite (oxc, from
 * tsconfig.json) and starts its islands itself (src/components/client/,
 * docs/arch/0005-one-client-build.md), so it used only the renderer; loading
 * the integration also loaded @preact/preset-vite and Babel, about 0.4 s of
 * every build's start-up for plugins given no file (docs/arch/0009). The
 * renderer's module reads its options from `astro:preact:opts`, provided here
 * as the integration does.
 */
import { getRenderer } from '@astrojs/preact/container-renderer';
import type { AstroIntegration } from 'astro';
import { virtualModule } from './virtual-module.ts';

export default function preactRenderer(): AstroIntegration {
  return {
    name: 'preact-renderer',
    hooks: {
      'astro:config:setup': ({ addRenderer, updateConfig }) => {
        // The server renderer only: no page hydrates a component with client:*.
        addRenderer(getRenderer(false));
        updateConfig({
          vite: {
            plugins: [
              // No include/exclude: every Preact component rendered from an .astro file is Preact's.
              virtualModule('cgg:preact-options', 'astro:preact:opts', () => 'export default {};'),
            ],
          },
        });
      },
    },
  };
}
