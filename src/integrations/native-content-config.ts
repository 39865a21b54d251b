/**
 * Before every build, Astro loads src/content.config.ts through a Vite
 * module runner (its `astro` environment), and Vite transforms every module
 * of Astro's own that the file imports, one after another: the loaders
 * (astro/loaders, with image-size and the rest) and defineCollection, some 60
 * modules, about a second of every build at any size (docs/arch/0009). Those
 * two entry points hold plain Node code (no virtual modules, no .astro
 * files), so there Node loads them itself, as it already has for Astro.
 */
import type { AstroIntegration } from 'astro';

/** Astro's modules that the content config imports. */
const NATIVE = ['astro/loaders', 'astro/content/config', 'astro/zod'];

export default function nativeContentConfig(): AstroIntegration {
  return {
    name: 'native-content-config',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'cgg:native-content-config',
                // After Astro's own environment plugin, which makes all of `astro` internal (noExternal).
                enforce: 'post',
                configEnvironment(name, options) {
                  if (name !== 'astro' || options.resolve?.external === true) return;
                  // Vite lets a package named in `external` win over a `noExternal` list.
                  options.resolve = { ...options.resolve, external: [...(options.resolve?.external ?? []), ...NATIVE] };
                },
              },
            ],
          },
        });
      },
    },
  };
}
