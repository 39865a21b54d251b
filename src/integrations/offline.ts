/**
 * The offline bundle (docs/arch/0002-offline-bundle.md): a build step of the
 * offline build only (OFFLINE=1, `npm run build:offline`), which alone loads
 * this module and what it needs (an HTML rewriter, a zip writer).
 * The site's own links are relative to each page already (src/lib/urls.ts) and
 * its scripts are classic (src/site/client-scripts.ts), so this step only:
 * 1. makes relative what Astro itself writes from the root (its stylesheets),
 *    fails on anything else from the root or on a module script, and removes
 *    the module scripts Astro writes that no page loads;
 * 2. makes 404.html work at any depth of any server (styles inline, links
 *    pointed at the root the page finds);
 * 3. writes README.txt, the zip and its SHA-256 beside the folder.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { relativizePage } from '../lib/offline-links.ts';
import { cspHash, minifyInline } from '../site/inline-scripts.ts';
import { siteVersion } from '../site/version.ts';
import { filesUnder, zipFolder } from './zip.ts';

export default function offlineBundle(): AstroIntegration {
  return {
    name: 'offline-bundle',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildOffline({ outDir: fileURLToPath(dir), logger });
      },
    },
  };
}

export async function buildOffline({ outDir, logger }: { outDir: string; logger: AstroIntegrationLogger }) {
  const started = Date.now();
  const files = filesUnder(outDir);
  const problems: string[] = [];
  let pages = 0;
  for (const file of files) {
    if (file.endsWith('.html')) {
      pages++;
      const full = join(outDir, file);
      const { html, leftovers } = await relativizePage(readFileSync(full, 'utf8'), file);
      for (const l of leftovers)
        problems.push(`${file}: ${l} is a path from the server root: link with withRoot() (src/lib/urls.ts)`);
      if (/<script\b[^>]*\btype=["']?module/i.test(html))
        problems.push(`${file}: a module script, which does not run from disk: make it a *.client.ts entry`);
      writeFileSync(full, file === '404.html' ? selfContained404(html, outDir) : html);
    } else if (file.endsWith('.css') && /url\(\s*['"]?\/(?!\/)/.test(readFileSync(join(outDir, file), 'utf8'))) {
      problems.push(`${file}: url() from the server root: use a path relative to the stylesheet`);
    }
  }
  if (problems.length > 0)
    throw new Error(`The offline build cannot work from any folder:\n  ${problems.join('\n  ')}`);

  // Astro writes the Preact renderer's module scripts whether or not a page loads them; none does (checked above).
  for (const f of files.filter((f) => /^_astro\/[^/]+\.m?js$/.test(f))) rmSync(join(outDir, f));

  const version = siteVersion();
  const date = buildDate();
  const name = zipTopFolder(version, date);
  writeFileSync(join(outDir, 'README.txt'), readme(version, date));
  const zipFile = join(dirname(outDir), `${name}.zip`);
  const bytes = zipFolder(outDir, name, date);
  writeFileSync(zipFile, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex');
  // The format of `sha256sum`, so `sha256sum -c` (or PowerShell's Get-FileHash) checks the copy.
  writeFileSync(`${zipFile}.sha256`, `${sha}  ${basename(zipFile)}\n`);
  logger.info(
    `${pages} pages checked, relative to their folder; ${basename(zipFile)} (${(bytes.length / 1024 / 1024).toFixed(1)} MB, ` +
      `SHA-256 ${sha.slice(0, 12)}…) in ${Date.now() - started} ms`,
  );
}

const NOT_FOUND_ROOT = await minifyInline(
  readFileSync(join(import.meta.dirname, '..', 'components', 'client', 'not-found-root.js'), 'utf8'),
);

/**
 * A server answers a missing address at any depth with 404.html, whose
 * relative links then point nowhere. Its stylesheets go inline (so it is
 * styled wherever it is shown) and a small script points its links at the
 * site root it finds; both are hashed into the page's policy.
 */
function selfContained404(html: string, outDir: string): string {
  const styles: string[] = [];
  let out = html.replace(/<link rel="stylesheet" href="([^"]+)"\s*\/?>/g, (_, href: string) => {
    const css = readFileSync(join(outDir, href), 'utf8');
    styles.push(css);
    return `<style>${css}</style>`;
  });
  out = out.replace('</head>', `<script>${NOT_FOUND_ROOT}</script></head>`);
  // The icon would be asked for before the root is found, from a folder that does not exist: none.
  out = out.replace(/<link rel="icon"[^>]*>/, '<link rel="icon" href="data:,">');
  return out.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)"/i,
    (_, start: string, policy: string) => {
      const withHashes = policy
        .replace(/script-src ([^;]*)/, (m) => `${m} '${cspHash(NOT_FOUND_ROOT)}'`)
        .replace(/style-src ([^;]*)/, (m) => `${m} ${styles.map((s) => `'${cspHash(s)}'`).join(' ')}`);
      return `${start}${withHashes}"`;
    },
  );
}

/** The build's date, YYYY-MM-DD (UTC); SOURCE_DATE_EPOCH (seconds) fixes it for reproducible builds. */
export function buildDate(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const when = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return when.toISOString().slice(0, 10);
}

/** The name the zip of this build gets, e.g. "cybersecurity-governance-guide-0.1.0-2026-05-04.zip". */
export function zipName(version: string, date: string): string {
  return `cybersecurity-governance-guide-${version}-${date}.zip`;
}

/** The folder the zip holds everything in: its name without ".zip". */
export const zipTopFolder = (version: string, date: string) => zipName(version, date).replace(/\.zip$/, '');

function readme(version: string, date: string): string {
  return [
    `Cybersecurity Governance Guide — offline copy, version ${version} of ${date}`,
    '',
    'To read it: open index.html in this folder (double-click it). No internet is needed and',
    'nothing is sent anywhere.',
    '',
    'To put it on a web server or a shared drive, and to update a copy, see "Hosting this guide":',
    'hosting/index.html in this folder. Sample server configurations are in _server-config/.',
    'The zip this folder came from has a .sha256 file beside it: `sha256sum -c <file>.sha256`',
    '(Linux), `Get-FileHash <file>.zip` (Windows PowerShell) shows whether a copy is complete.',
    '',
    'The texts are publications of DCAF – Geneva Centre for Security Sector Governance,',
    'reproduced unaltered and cited on every page.',
    '',
  ].join('\r\n');
}
