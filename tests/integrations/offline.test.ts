/**
 * The offline pass (src/integrations/offline.ts) on small folders: what it
 * refuses, what it rewrites, what it removes, and the zip it writes.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { buildOffline } from '../../src/integrations/offline';
import { zipFolder } from '../../src/integrations/zip';
import { tempDirs } from '../support/temp-dirs';

const logger = { info: () => undefined } as unknown as AstroIntegrationLogger;
const ROOT = join(import.meta.dirname, '..', '..');
const tempDir = tempDirs('offline-');

function site(files: Record<string, string>): string {
  const parent = tempDir();
  const dir = join(parent, 'dist-offline');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const page = (body: string, head = '<link rel="stylesheet" href="/_astro/a.css">') =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'">${head}</head><body>${body}</body></html>`;

describe('the offline pass', () => {
  it("rewrites Astro's stylesheet links relative to each page and removes the module scripts no page loads", async () => {
    const dir = site({
      'index.html': page('<a href="booklets/x/index.html">x</a>'),
      'booklets/x/index.html': page('<a href="../../index.html">home</a>'),
      '404.html': page('<a href="index.html">home</a>'),
      '_astro/a.css': 'body{color:red}',
      '_astro/client.Ab12.js': 'export{}',
    });
    await buildOffline({ outDir: dir, logger });
    expect(readFileSync(join(dir, 'booklets/x/index.html'), 'utf8')).toContain('href="../../_astro/a.css"');
    expect(existsSync(join(dir, '_astro/client.Ab12.js'))).toBe(false);
  });

  it('makes 404.html styled at any depth: styles inline and allowed by their hash, a script that finds the root', async () => {
    const dir = site({
      'index.html': page(''),
      '404.html': page('<a href="index.html">home</a>'),
      '_astro/a.css': 'body{color:red}',
    });
    await buildOffline({ outDir: dir, logger });
    const html = readFileSync(join(dir, '404.html'), 'utf8');
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).not.toContain('rel="stylesheet"');
    const sha = createHash('sha256').update('body{color:red}').digest('base64');
    expect(html).toMatch(new RegExp(`style-src 'self' 'sha256-${sha.replace(/[+/]/g, '\\$&')}'`));
    expect(html).toMatch(/script-src 'self' 'sha256-[^']+'/);
    expect(html).toContain('_data/manifest.json');
  });

  it('refuses a module script and a path from the server root, naming the page', async () => {
    const dir = site({
      'index.html': page('<script type="module" src="x.js"></script>'),
      'a/index.html': page('<div data-island-src="/_client/w.js"></div>'),
      '_astro/a.css': '',
    });
    await expect(buildOffline({ outDir: dir, logger })).rejects.toThrow(
      /a\/index\.html: div\[data-island-src\]="\/_client\/w\.js" is a path from the server root[\s\S]*\n {2}index\.html: a module script/,
    );
  });

  it('writes the zip with a SHA-256 file that sha256sum accepts', async () => {
    const dir = site({ 'index.html': page(''), '_astro/a.css': '' });
    process.env.SOURCE_DATE_EPOCH = '1767225600';
    try {
      await buildOffline({ outDir: dir, logger });
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
    const zip = join(dirname(dir), 'cybersecurity-governance-guide-0.1.0-2026-01-01.zip');
    expect(existsSync(zip)).toBe(true);
    expect(execFileSync('sha256sum', ['-c', `${zip}.sha256`], { cwd: dirname(dir) }).toString()).toMatch(/: OK/);
  });
});

describe('zipFolder', () => {
  it('writes the same bytes in any time zone', () => {
    const dir = site({ 'index.html': 'x', 'a/b.txt': 'y' });
    const inZone = (tz: string) =>
      execFileSync(
        process.execPath,
        [
          '--experimental-strip-types',
          '-e',
          `import('${join(ROOT, 'src/integrations/zip.ts')}').then(m => process.stdout.write(Buffer.from(m.zipFolder(${JSON.stringify(dir)}, 'top', '2026-05-04')).toString('base64')))`,
        ],
        { env: { ...process.env, TZ: tz } },
      ).toString();
    expect(inZone('Asia/Tokyo')).toBe(inZone('UTC'));
    expect(inZone('America/Los_Angeles')).toBe(inZone('UTC'));
    expect(zipFolder(dir, 'top', '2026-05-04').length).toBeGreaterThan(0);
  }, 30_000);
});
