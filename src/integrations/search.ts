/**
 * Site search, after the pages are written (astro:build:done):
 *
 * - pagefind/: Pagefind's full-text index. Pagefind reads the built files
 *   itself (addDirectory, as Starlight does), only those that hold
 *   <main data-pagefind-body>, which also carries the publication filter, so
 *   nothing is parsed twice in JavaScript. The site's aliases and the tools' results
 *   join it as small weighted records of their own (from the manifest).
 * - _search/passages.js: every citable paragraph of the documents, for
 *   search where Pagefind cannot run (opened from disk): a classic script,
 *   loaded only there and only when the dialog opens.
 *
 * The quick-find index and the dialog's scripts are not built here: they are
 * endpoints (src/pages/[...script].js.ts), so `astro dev` serves them too.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { pagefindGlob } from '../lib/search/pagefind-glob.ts';
import { pagefindExtraPages } from '../lib/search/pagefind-records.ts';
import { passagesOfPage, passagesScript } from '../lib/search/passages.ts';
import { readBuiltManifest } from './built-manifest.ts';

/** Files Pagefind writes that this site does not use (its own UIs): removed after writing. */
const PAGEFIND_UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export default function searchIntegration(): AstroIntegration {
  return {
    name: 'site-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearch(fileURLToPath(dir), logger);
      },
    },
  };
}

/** Pagefind's answers carry their errors: any error fails the build, naming the step. */
function assertOk<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length) throw new Error(`Pagefind could not ${step}: ${response.errors.join('; ')}`);
  return response;
}

export async function buildSearch(outDir: string, logger: AstroIntegrationLogger) {
  const started = Date.now();
  const manifest = readBuiltManifest(outDir);

  // Pagefind first: its process holds every page while it indexes, so it runs while the build's own memory is
  // lowest (the passages below parse every document page).
  let pagefindLog: string;
  try {
    const { index } = assertOk(await pagefind.createIndex({ forceLanguage: 'en' }), 'start');
    if (!index) throw new Error('Pagefind could not start');
    // Pagefind reads the HTML itself: only the pages with data-pagefind-body (src/lib/search/pagefind-glob.ts).
    const glob = pagefindGlob(manifest.documents.map((d) => d.url));
    const { page_count } = assertOk(await index.addDirectory({ path: outDir, glob }), 'index the pages');
    // The site's aliases and the tools' results, as small weighted pages of their own (src/lib/search/pagefind-records.ts).
    const { search } = manifest;
    const extra = pagefindExtraPages(search.index, { tools: search.tools, aliases: search.aliases });
    // Sent together: Pagefind's service answers each by its id, and one round trip at a time cost a fifth of the step.
    const added = await Promise.all(extra.map((page) => index.addHTMLFile(page)));
    for (const [i, response] of added.entries()) assertOk(response, `index ${extra[i]!.url}`);
    const pagefindDir = join(outDir, 'pagefind');
    rmSync(pagefindDir, { recursive: true, force: true });
    assertOk(await index.writeFiles({ outputPath: pagefindDir }), 'write its index');
    for (const name of readdirSync(pagefindDir)) if (PAGEFIND_UNUSED.test(name)) rmSync(join(pagefindDir, name));
    pagefindLog = `${page_count} pages and ${extra.length} alias and tool-result records in Pagefind (${kb(dirSize(pagefindDir))}) in ${Date.now() - started} ms`;
  } finally {
    await pagefind.close();
  }

  // Passages: each document page read once.
  const afterPagefind = Date.now();
  const passages = manifest.documents.flatMap((d) =>
    passagesOfPage(readFileSync(join(outDir, d.url, 'index.html'), 'utf8'), d.url),
  );
  mkdirSync(join(outDir, '_search'), { recursive: true });
  const passagesJs = passagesScript(passages);
  writeFileSync(join(outDir, '_search', 'passages.js'), passagesJs);
  logger.info(
    `${pagefindLog}; ${passages.length} passages for search from disk (${kb(passagesJs.length)}) in ${Date.now() - afterPagefind} ms`,
  );
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function dirSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const s = statSync(join(dir, name));
    if (s.isFile()) total += s.size;
  }
  return total;
}
