/** Build step: island styles Astro left in a page's body go to its head (see src/lib/hoist-styles). */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hoistIslandStyles } from '../lib/hoist-styles';

export default function hoistIslandStylesIntegration(): AstroIntegration {
  return {
    name: 'hoist-island-styles',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let changed = 0;
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = join(root, file);
          const html = readFileSync(path, 'utf8');
          const out = hoistIslandStyles(html);
          if (out !== html) {
            writeFileSync(path, out);
            changed++;
          }
        }
        logger.info(`island styles moved to <head> on ${changed} pages`);
      },
    },
  };
}
