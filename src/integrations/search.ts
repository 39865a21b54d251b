/**
 * Site search, built after the pages (astro:build:done), from the HTML in dist/:
 *
 * - dist/pagefind/: Pagefind's full-text index (its Node API), from each
 *   page's <main>, marked up at index time (src/lib/search/scan.ts) so the
 *   pages themselves carry no search markup;
 * - dist/_search/quickfind.js: the quick-find index (titles, numbered
 *   headings, examples, boxes, glossary, tools) as a classic script that sets
 *   a global, so it loads from file:// too;
 * - dist/_search/search.js: the search dialog (Preact, Fuse.js) as ONE classic
 *   script, bundled with esbuild; it is loaded only on intent by the loader in
 *   src/components/search/SiteSearch.astro;
 * - dist/_search/highlight.js: marks the searched words on a page opened from
 *   a result (loaded only when the address carries ?highlight=).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as esbuild from 'esbuild';
import * as pagefind from 'pagefind';
import {
  buildQuickFindIndex,
  quickFindScript,
  type SourceDocument,
  type SourceGlossaryEntry,
  type SourceTool,
} from '../lib/search/quickfind.ts';
import { markForPagefind, scanDocumentPage } from '../lib/search/scan.ts';

/** Publications and other parts of the site, as the filter shows them. */
export const SEARCH_PUBLICATIONS = [
  { id: 'booklets', label: 'Booklets' },
  { id: 'ppp-guide', label: 'PPP guide' },
  { id: 'tools', label: 'Tools' },
  { id: 'glossary', label: 'Glossary' },
];
/** Folders of dist/ whose pages are documents of a publication. */
const DOCUMENT_FOLDERS = ['booklets', 'ppp-guide'];

/** Files Pagefind writes that this site does not use (its own UIs): removed after writing. */
const PAGEFIND_UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export default function searchIntegration(): AstroIntegration {
  let rootDir = '';
  return {
    name: 'site-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        rootDir = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearch({ distDir: fileURLToPath(dir), rootDir, logger });
      },
    },
  };
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro' && name !== '_search' && name !== 'pagefind') walk(full);
      } else if (name.endsWith('.html')) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** "booklets/x/index.html" -> "booklets/x/". */
const sitePath = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

/** What a built page is for search: a document of a publication, another indexed page, or nothing. */
function classify(file: string): { publication: string; document: boolean } | undefined {
  const top = file.split('/')[0]!;
  if (!file.endsWith('index.html')) return undefined; // 404.html and the like
  if (DOCUMENT_FOLDERS.includes(top) && file !== `${top}/index.html`) return { publication: top, document: true };
  if (file === 'glossary/index.html') return { publication: 'glossary', document: false };
  // The tools' own pages, not the pages of every path through a tool (tools/<id>/<answer>/…).
  if (top === 'tools' && file.split('/').length <= 3) return { publication: 'tools', document: false };
  return undefined;
}

function readTools(rootDir: string): SourceTool[] {
  const folder = join(rootDir, 'content', 'wizards');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as SourceTool)
    .filter((t) => typeof t.id === 'string' && typeof t.title === 'string');
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

export async function buildSearch({
  distDir,
  rootDir,
  logger,
}: {
  distDir: string;
  rootDir: string;
  logger: AstroIntegrationLogger;
}) {
  const started = Date.now();
  const outDir = join(distDir, '_search');
  mkdirSync(outDir, { recursive: true });

  const documents: SourceDocument[] = [];
  const forPagefind: { url: string; content: string }[] = [];
  for (const file of htmlFiles(distDir)) {
    const kind = classify(file);
    if (!kind) continue;
    const html = readFileSync(join(distDir, file), 'utf8');
    if (kind.document) documents.push(scanDocumentPage(html, sitePath(file), kind.publication));
    forPagefind.push({ url: `/${sitePath(file)}`, content: markForPagefind(html, { publication: kind.publication }) });
  }
  // Reading order: publications as listed, then as the home page lists documents.
  const order = readingOrder(distDir);
  documents.sort((a, b) => order(a.url) - order(b.url) || a.url.localeCompare(b.url));

  // Quick-find index.
  const glossaryFile = join(rootDir, 'content', 'glossary.json');
  const glossary = existsSync(glossaryFile)
    ? (JSON.parse(readFileSync(glossaryFile, 'utf8')) as SourceGlossaryEntry[])
    : [];
  const tools = readTools(rootDir);
  const index = buildQuickFindIndex({
    publications: SEARCH_PUBLICATIONS,
    documents,
    glossary,
    glossaryUrl: 'glossary/',
    tools,
  });
  const qf = quickFindScript(index);
  writeFileSync(join(outDir, 'quickfind.js'), qf);

  // Pagefind.
  const { index: pf, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!pf) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const page of forPagefind) {
    const res = await pf.addHTMLFile(page);
    if (res.errors.length) throw new Error(`Pagefind could not index ${page.url}: ${res.errors.join('; ')}`);
  }
  const pagefindDir = join(distDir, 'pagefind');
  rmSync(pagefindDir, { recursive: true, force: true });
  const written = await pf.writeFiles({ outputPath: pagefindDir });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  for (const name of readdirSync(pagefindDir)) if (PAGEFIND_UNUSED.test(name)) rmSync(join(pagefindDir, name));

  // The dialog and the highlighter, each one classic script.
  const common = classicScriptOptions(rootDir);
  await esbuild.build({
    ...common,
    entryPoints: ['src/components/search/search-app.tsx'],
    outfile: join(outDir, 'search.js'),
  });
  await esbuild.build({
    ...common,
    entryPoints: ['src/components/search/highlight.ts'],
    outfile: join(outDir, 'highlight.js'),
  });

  const searchJs = readFileSync(join(outDir, 'search.js'));
  const pagefindBytes = dirSize(pagefindDir);
  logger.info(
    `${forPagefind.length} pages in Pagefind (${kb(pagefindBytes)}), ${index.recs.length} quick-find records ` +
      `(${kb(Buffer.byteLength(qf))}, ${kb(gz(qf))} gzipped), search.js ${kb(searchJs.length)} (${kb(gz(searchJs))} gzipped) ` +
      `in ${Date.now() - started} ms`,
  );
}

/**
 * esbuild options for one classic script (an IIFE, no imports at run time),
 * which runs from file:// as module scripts do not. The offline build bundles
 * the wizard islands the same way (src/integrations/offline.ts).
 */
export function classicScriptOptions(rootDir: string) {
  return {
    bundle: true,
    format: 'iife' as const,
    minify: true,
    target: ['es2020', 'chrome80', 'firefox78', 'safari15'],
    jsx: 'automatic' as const,
    jsxImportSource: 'preact',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none' as const,
    logLevel: 'warning' as const,
    absWorkingDir: rootDir,
  };
}

function dirSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const s = statSync(full);
    total += s.isDirectory() ? dirSize(full) : s.size;
  }
  return total;
}

/** Position of each document in the site's reading order, as the home page lists them. */
function readingOrder(distDir: string): (url: string) => number {
  const home = join(distDir, 'index.html');
  const html = existsSync(home) ? readFileSync(home, 'utf8') : '';
  // "/guide/booklets/x/" on the web, "booklets/x/index.html" in the offline build.
  const hrefs = [...html.matchAll(/<a href="([^"]+)"/g)].map(
    (m) => `/${m[1]!.replace(/^(\.\/)+/, '').replace(/index\.html$/, '')}`,
  );
  return (url) => {
    const i = hrefs.findIndex((h) => h.endsWith(`/${url}`));
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
}
