/**
 * Build steps for hosting the guide anywhere (see docs/arch/offline.md).
 *
 * serverConfig() — every build: the sample server configurations from
 * src/integrations/server-config/ (MIME types, security headers): .htaccess and web.config at
 * the root, where Apache and IIS read them, and everything in _server-config/.
 *
 * offlineBundle() — the offline build only (OFFLINE=1, `npm run build:offline`):
 * after the pages and the search are written, it
 *
 * 1. bundles the wizard and plan islands as classic scripts
 *    (_islands/wizard.js, _islands/plan.js; module scripts do not run from
 *    file:// in Chromium) and swaps each page's module script for them;
 * 2. makes every URL in every page and stylesheet relative to its file, with
 *    index.html for folders (src/lib/offline-html.ts), and checks that none
 *    from the root is left;
 * 3. removes Astro's module scripts, which nothing loads any more;
 * 4. writes README.txt and the zip next to the folder:
 *    cybersecurity-governance-guide-<version>-<YYYY-MM-DD>.zip.
 *
 * The pages' own links are already relative in this build (src/site/base.ts);
 * step 2 takes care of what Astro writes itself (/_astro/…) and of anything
 * that slips through.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as esbuild from 'esbuild';
import { zipSync, type Zippable } from 'fflate';
import { cspHash } from '../components/search/loader-code.ts';
import { relativeRoot } from '../lib/navigation.ts';
import { relativizeCss, relativizeHtml, rootAbsoluteUrls, swapModuleScripts } from '../lib/offline-html.ts';
import { classicScriptOptions } from './search.ts';

/** The islands a page may hold (data-island="<kind>"), and the entry that hydrates each. */
const ISLANDS = [
  { kind: 'wizard', entry: 'src/components/wizard/wizard-entry.ts' },
  { kind: 'plan', entry: 'src/components/wizard/plan-entry.ts' },
  { kind: 'compare', entry: 'src/components/tools/compare-entry.ts' },
  { kind: 'stakeholders', entry: 'src/components/tools/stakeholders-entry.ts' },
  { kind: 'governance', entry: 'src/components/tools/governance-entry.ts' },
];
/** Folder of the classic island scripts in the offline build. */
const ISLAND_DIR = '_islands';

/** Where the sample configurations go: [file in src/integrations/server-config/, path in the build]. */
const SERVER_CONFIG_FILES: [string, string][] = [
  ['htaccess', '.htaccess'],
  ['web.config', 'web.config'],
  ['nginx.conf', '_server-config/nginx.conf'],
  ['htaccess', '_server-config/apache.htaccess'],
  ['web.config', '_server-config/iis-web.config'],
  ['README.txt', '_server-config/README.txt'],
];

export function serverConfig(): AstroIntegration {
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

export interface OfflineOptions {
  /** Write the zip next to the output folder (default true). */
  zip?: boolean;
}

export default function offlineBundle(options: OfflineOptions = {}): AstroIntegration {
  let rootDir = '';
  let base = '/';
  return {
    name: 'offline-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        rootDir = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildOffline({ outDir: fileURLToPath(dir), rootDir, base, logger, zip: options.zip ?? true });
      },
    },
  };
}

/** Every file under `dir`, as "/"-separated paths relative to it. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export async function buildOffline({
  outDir,
  rootDir,
  base,
  logger,
  zip,
}: {
  outDir: string;
  rootDir: string;
  base: string;
  logger: AstroIntegrationLogger;
  zip: boolean;
}) {
  const started = Date.now();

  // 1. The islands as classic scripts.
  for (const island of ISLANDS) {
    await esbuild.build({
      ...classicScriptOptions(rootDir),
      entryPoints: [island.entry],
      outfile: join(outDir, ISLAND_DIR, `${island.kind}.js`),
      // The page links the island's CSS already (Astro bundled it).
      loader: { '.css': 'empty' },
    });
  }

  // 2. Pages and stylesheets.
  const files = filesUnder(outDir);
  const problems: string[] = [];
  let pages = 0;
  for (const file of files) {
    const full = join(outDir, file);
    if (file.endsWith('.html')) {
      pages++;
      const source = readFileSync(full, 'utf8');
      const scripts = ISLANDS.filter((i) => source.includes(`data-island="${i.kind}"`)).map((i) => ({
        src: `${relativeRoot(`/${file}`)}${ISLAND_DIR}/${i.kind}.js`.replace(/^\.\/(?=.)/, ''),
      }));
      const swapped = swapModuleScripts(source, scripts);
      for (const src of swapped.removed) {
        if (scripts.length === 0 || !/^\/?(?:.*\/)?_astro\/[^/]+\.js$/.test(src)) {
          problems.push(
            `${file}: module script ${src} has no classic version in the offline build (add its island to ISLANDS in src/integrations/offline.ts)`,
          );
        }
      }
      const { html, changedStyles } = relativizeHtml(swapped.html, file, { base });
      writeFileSync(full, rehashStyles(html, changedStyles));
      for (const url of rootAbsoluteUrls(html)) problems.push(`${file}: "${url}" is still a path from the server root`);
    } else if (file.endsWith('.css')) {
      const css = readFileSync(full, 'utf8');
      const next = relativizeCss(css, file, { base });
      if (next !== css) writeFileSync(full, next);
    }
  }
  if (problems.length > 0) throw new Error(`The offline build cannot work from any folder:\n${problems.join('\n')}`);

  // 3. Astro's module scripts: nothing loads them now.
  let removed = 0;
  for (const file of files) {
    if (/^_astro\/[^/]+\.m?js$/.test(file)) {
      rmSync(join(outDir, file));
      removed++;
    }
  }

  // 4. README.txt and the zip.
  const version = packageVersion(rootDir);
  const date = buildDate();
  const name = zipTopFolder(version, date);
  writeFileSync(join(outDir, 'README.txt'), readme(version, date));
  let zipNote = '';
  if (zip) {
    const zipFile = join(dirname(outDir), `${name}.zip`);
    const bytes = zipFolder(outDir, name, date);
    writeFileSync(zipFile, bytes);
    zipNote = `, ${basename(zipFile)} (${(bytes.length / 1024 / 1024).toFixed(1)} MB)`;
  }
  logger.info(
    `${pages} pages relative to their folder, islands as classic scripts, ${removed} module scripts removed${zipNote} in ${Date.now() - started} ms`,
  );
}

/** A page's CSP lists the hashes of its inline styles: swap those of styles that changed. */
function rehashStyles(html: string, changed: { before: string; after: string }[]): string {
  let out = html;
  for (const { before, after } of changed) out = out.split(`'${cspHash(before)}'`).join(`'${cspHash(after)}'`);
  return out;
}

function packageVersion(rootDir: string): string {
  const pkg = JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')) as { version?: string };
  if (!pkg.version) throw new Error('package.json has no version: the offline zip is named after it');
  return pkg.version;
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

/** Files Pagefind has compressed already: stored, not deflated again. */
const STORED = /\.(pagefind|pf_meta|pf_fragment|pf_index|zip|png|jpe?g|gif|webp|woff2?)$/;

/** The folder as a zip, its files under one top folder `top`, all dated `date` (reproducible). */
function zipFolder(dir: string, top: string, date: string): Uint8Array {
  const mtime = new Date(`${date}T12:00:00Z`);
  const tree: Zippable = {};
  for (const file of filesUnder(dir)) {
    tree[posix.join(top, file)] = [readFileSync(join(dir, file)), { level: STORED.test(file) ? 0 : 9, mtime }];
  }
  return zipSync(tree);
}

function readme(version: string, date: string): string {
  return [
    `Cybersecurity Governance Guide — offline copy, version ${version} of ${date}`,
    '',
    'To read it: open index.html in this folder (double-click it). No internet is needed and',
    'nothing is sent anywhere.',
    '',
    'To put it on a web server or a shared drive, and to update a copy, see "Hosting this guide":',
    'hosting/index.html in this folder. Sample server configurations are in _server-config/.',
    '',
    'The texts are publications of DCAF – Geneva Centre for Security Sector Governance,',
    'reproduced unaltered and cited on every page.',
    '',
  ].join('\r\n');
}

/** The folder the zip holds everything in: its name without ".zip". */
export const zipTopFolder = (version: string, date: string) => zipName(version, date).replace(/\.zip$/, '');
