/**
 * Every build: the sample server configurations from src/integrations/server-config/
 * (MIME types, security headers): .htaccess and web.config at the root, where Apache
 * and IIS read them, and everything in _server-config/ (docs/arch/0002-offline-bundle.md).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the sample configurations go: [file in src/integrations/server-config/, path in the build]. */
const SERVER_CONFIG_FILES: [string, string][] = [
  ['htaccess', '.htaccess'],
  ['web.config', 'web.config'],
  ['nginx.conf', '_server-config/nginx.conf'],
  ['htaccess', '_server-config/apache.htaccess'],
  ['web.config', '_server-config/iis-web.config'],
  ['README.txt', '_server-config/README.txt'],
];

export default function serverConfig(): AstroIntegration {
  let rootDir = '';
  return {
    name: 'server-config',
    hooks: {
      'astro:config:done': ({ config }) => {
        rootDir = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const [from, to] of SERVER_CONFIG_FILES) {
          mkdirSync(dirname(join(out, to)), { recursive: true });
          copyFileSync(join(rootDir, 'src', 'integrations', 'server-config', from), join(out, to));
        }
      },
    },
  };
}
