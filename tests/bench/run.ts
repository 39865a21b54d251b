/**
 * `npm run bench`: build the site and its Starlight twin (the anchor, generated
 * from content/ by twin.ts) at 1×, 10× and 100× the corpus, interleaved, in
 * temporary copies; serve them; measure page weight (every document page),
 * Lighthouse, search speed and each island; print Markdown tables with the
 * ratios to the twin beside the absolute figures, write bench-results.json
 * and exit 1 if a budget fails (2 if the bench itself fails). See README,
 * "Benchmark".
 *
 * Options (after `npm run bench --`):
 *   --runs=N            builds of each side at each size (default 3; medians)
 *   --scales=1,10,100   corpus sizes (default all three; 1 is always built)
 *   --multiply=publications|documents  how the corpus is multiplied (build.ts)
 *   --lighthouse-runs=N Lighthouse runs per page type (default 3; medians)
 *   --skip-twin --skip-lighthouse --skip-search --skip-offline
 *   --profile           also one profiled site build per size (node --cpu-prof), summarised
 *   --keep              keep the temporary folder (its path is printed)
 *   --out=FILE          where the JSON goes (default bench-results.json)
 *   --readme            also write the tables into README.md, under "### Latest results"
 *   --report=FILE       no builds: print the tables of a saved run (its JSON), and with --readme write them
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serve } from '../support/server.ts';
import {
  benchTempRoot,
  type BuildRun,
  buildProject,
  builtDocumentUrls,
  copyProject,
  corpusOf,
  distStats,
  hasOfflineScript,
  type MultiplyScheme,
  multiplyCorpus,
  PROJECT_ROOT,
  removeTemp,
} from './build.ts';
import { BUILD_ENV, type ManifestForPages, type PageType, pageTypes, QUERIES, SCALES } from './config.ts';
import { type LighthouseRow, medianRow, startLighthouse, unavailableRow } from './lighthouse.ts';
import { islandSizes, measurePage, type PageWeight } from './pages.ts';
import { summariseProfiles } from './profile.ts';
import { checkBudgets, growth, markdown, type Results, type ScaleResult, type Side } from './report.ts';
import { fuseTimings, pagefindTimings } from './search.ts';
import { createTwin } from './twin.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const RUNS = Math.max(1, Number(option('runs') ?? 3));
const LH_RUNS = Math.max(1, Number(option('lighthouse-runs') ?? 3));
const OUT = option('out') ?? join(PROJECT_ROOT, 'bench-results.json');
const SCHEME = (option('multiply') ?? 'publications') as MultiplyScheme;
if (SCHEME !== 'publications' && SCHEME !== 'documents')
  throw new Error(`--multiply=${SCHEME}: publications or documents`);
const FACTORS = [
  ...new Set([1, ...(option('scales')?.split(',').map(Number) ?? SCALES).filter((n) => Number.isInteger(n) && n > 0)]),
].sort((a, b) => a - b);
const TWIN = !flag('skip-twin');

const started = performance.now();
const elapsed = () => {
  const s = Math.round((performance.now() - started) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
/** One progress line per step on stderr (stdout is the report), with the machine's load. */
function progress(what: string) {
  process.stderr.write(`[bench ${elapsed()} load ${(loadavg()[0] ?? 0).toFixed(1)}] ${what}\n`);
}

const saved = option('report');
if (saved) {
  // The tables of a run already made: the same figures, printed again (and written into the README).
  const results = JSON.parse(readFileSync(saved, 'utf8')) as Results;
  // The budgets are a function of the figures: checked again with the rules in config.ts and report.ts.
  results.budgets = checkBudgets(results);
  process.stdout.write(`${markdown(results)}\n`);
  if (flag('readme')) writeReadme(markdown(results));
  process.exit(results.budgets.some((b) => b.pass === false) ? 1 : 0);
}

const strip = ({ log: _log, ...run }: BuildRun) => run;
const notes: string[] = [
  `Both sides build with ${Object.entries(BUILD_ENV)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')} in their environment: rolldown's allocator without transparent huge pages (docs/arch/0011).`,
];
const temp = benchTempRoot();
let browser: Browser | undefined;

/** Home and the given document pages of a built site, for the ratio table (both sides alike). */
async function weighPages(b: Browser, dist: string, paths: string[]): Promise<PageWeight[]> {
  const server = await serve({ dir: dist, base: '/' });
  try {
    const out: PageWeight[] = [];
    for (const path of ['', ...paths])
      out.push(
        await measurePage(b, server.url, dist, {
          id: path ? `doc:${path}` : 'home',
          label: path || 'Home',
          path,
          kind: 'reading',
        }),
      );
    return out;
  } finally {
    await server.close();
  }
}

try {
  const scales: ScaleResult[] = [];
  let realDocuments: string[] = [];
  let full: {
    pages: PageWeight[];
    types: PageType[];
    lighthouse: LighthouseRow[];
    offlineS: (number | null)[];
  } | null = null;
  browser = await launchBrowser();

  for (const factor of FACTORS) {
    const label = `${factor}×`;
    progress(`${label}: copying the project${factor > 1 ? ` and multiplying the documents (${SCHEME})` : ''}`);
    const root = join(temp, `site-x${factor}`);
    copyProject(root);
    const corpus = factor > 1 ? multiplyCorpus(root, factor, SCHEME) : corpusOf(root);
    const twinRoot = join(temp, `twin-x${factor}`);
    const twinCorpus = TWIN ? await createTwin(root, twinRoot) : null;
    if (twinCorpus && factor === 1 && Object.keys(twinCorpus.stubbed).length)
      notes.push(
        `Twin: left out or reduced to their caption: ${Object.entries(twinCorpus.stubbed)
          .map(([n, c]) => `${n} ×${c}`)
          .join(', ')}.`,
      );

    // One build of each, not counted, first: it reads node_modules from disk into the system's file cache,
    // which otherwise slows whichever side builds first (by 10 s and more on this machine).
    if (factor === FACTORS[0])
      for (const side of TWIN ? (['site', 'twin'] as const) : (['site'] as const)) {
        progress(`${label}: warm-up build of ${side === 'site' ? 'the site' : 'the twin'} (not counted)`);
        await buildProject(side === 'site' ? root : twinRoot);
      }
    // Interleaved, cold: site, twin, twin, site, site, twin…, so a busy spell of the machine hits both.
    const siteRuns: BuildRun[] = [];
    const twinRuns: BuildRun[] = [];
    const offline = factor === 1 && !flag('skip-offline') && hasOfflineScript(root);
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? (['site', 'twin'] as const) : (['twin', 'site'] as const);
      for (const side of order) {
        if (side === 'twin' && !TWIN) continue;
        progress(`${label}: building ${side === 'site' ? 'the site' : 'the Starlight twin'}, run ${i + 1} of ${RUNS}`);
        if (side === 'site') siteRuns.push(await buildProject(root, { offline }));
        else twinRuns.push(await buildProject(twinRoot));
      }
    }
    let profile: ScaleResult['profile'] = null;
    if (flag('profile')) {
      progress(`${label}: one more site build with node --cpu-prof`);
      const dir = join(temp, `profile-x${factor}`);
      mkdirSync(dir, { recursive: true });
      const run = await buildProject(root, { cpuProfileDir: dir });
      profile = { run: strip(run), summary: summariseProfiles(dir, root) };
    }

    const dist = join(root, 'dist');
    const docUrls = builtDocumentUrls(dist);
    // The ratio table's pages: home and the real corpus's documents (at 10× and 100× the copies are the same pages).
    if (factor === 1) realDocuments = docUrls;
    const comparePaths = realDocuments.filter((u) => docUrls.includes(u));

    if (factor === 1) {
      const manifest = JSON.parse(readFileSync(join(dist, '_data', 'manifest.json'), 'utf8')) as ManifestForPages;
      const types = pageTypes(manifest, (path) =>
        /\bdata-island=/.test(readFileSync(join(dist, path, 'index.html'), 'utf8')),
      );
      const server = await serve({ dir: dist, base: '/' });
      const pages: PageWeight[] = [];
      const lighthouse: LighthouseRow[] = [];
      try {
        for (const t of types) {
          progress(`1×: page weight at load: ${t.label}`);
          pages.push(await measurePage(browser, server.url, dist, t));
        }
        if (!flag('skip-lighthouse')) {
          const lh = await startLighthouse();
          try {
            for (const t of types.filter((x) => x.lighthouse)) {
              const weight = pages.find((p) => p.id === t.id);
              if (t.openSearch && weight?.unavailable) {
                lighthouse.push(unavailableRow(t.id, weight.unavailable));
                continue;
              }
              const rows: LighthouseRow[] = [];
              for (let i = 0; i < LH_RUNS; i++) {
                progress(`1×: Lighthouse: ${t.label}${LH_RUNS > 1 ? ` (run ${i + 1} of ${LH_RUNS})` : ''}`);
                rows.push(
                  t.openSearch
                    ? await lh.searchFlow(t.id, server.url + t.path)
                    : await lh.navigation(t.id, server.url + t.path),
                );
              }
              lighthouse.push(medianRow(rows));
            }
          } finally {
            await lh.close();
          }
        }
      } finally {
        await server.close();
      }
      full = { pages, types, lighthouse, offlineS: siteRuns.map((r) => r.offlineS) };
    }

    const site: Side = {
      runs: siteRuns.map(strip),
      dist: distStats(dist, docUrls),
      pages:
        factor === 1 && full
          ? full.pages.filter((p) => p.id === 'home' || p.id.startsWith('doc:'))
          : await weighPages(browser, dist, comparePaths),
      fuse: null,
      pagefind: null,
    };
    let twin: Side | null = null;
    if (TWIN) {
      const twinDist = join(twinRoot, 'dist');
      progress(`${label}: page weight of the twin`);
      twin = {
        runs: twinRuns.map(strip),
        dist: distStats(twinDist, docUrls),
        pages: await weighPages(browser, twinDist, comparePaths),
        fuse: null,
        pagefind: null,
      };
    }
    if (!flag('skip-search')) {
      progress(`${label}: search speed (Fuse.js in Node, Pagefind in Chromium)`);
      site.fuse = await fuseTimings(dist, QUERIES, root).catch((e: Error) => ({ unavailable: `failed: ${e.message}` }));
      const s = await serve({ dir: dist, base: '/' });
      try {
        site.pagefind = await pagefindTimings(browser, s.url, dist, QUERIES, root).catch((e: Error) => ({
          unavailable: `failed: ${e.message}`,
        }));
      } finally {
        await s.close();
      }
      if (twin) {
        const twinDist = join(twinRoot, 'dist');
        const t = await serve({ dir: twinDist, base: '/' });
        try {
          twin.pagefind = await pagefindTimings(browser, t.url, twinDist, QUERIES, twinRoot).catch((e: Error) => ({
            unavailable: `failed: ${e.message}`,
          }));
        } finally {
          await t.close();
        }
      }
    }
    scales.push({ factor, corpus, twinCorpus, site, twin, profile });
    // The 1× copy stays for the islands table below; the larger ones go now (a 100× copy is large).
    if (factor > 1) {
      removeTemp(root);
      removeTemp(twinRoot);
    }
  }

  const environment: Record<string, string> = {
    node: process.version,
    chromium: `Chromium ${browser.version()}`,
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}`,
    commit: gitDescribe(),
    starlight: starlightVersion(),
  };
  await browser.close();
  browser = undefined;

  const base = scales[0]!;
  const partial: Omit<Results, 'budgets'> = {
    date: new Date().toISOString(),
    durationS: (performance.now() - started) / 1000,
    environment,
    scheme: SCHEME,
    runsPerSide: RUNS,
    pageTypes: full?.types ?? [],
    pages: full?.pages ?? [],
    islands: full ? islandSizes(join(temp, 'site-x1', 'dist'), full.pages) : [],
    lighthouse: full?.lighthouse ?? [],
    offlineS: full?.offlineS ?? [],
    search: { pagefind: base.site.pagefind, fuse: base.site.fuse },
    scales,
    growth: growth(scales),
    notes,
  };
  const results: Results = { ...partial, budgets: checkBudgets(partial) };
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  process.stderr.write(`[bench ${elapsed()}] done; JSON in ${OUT}\n\n`);
  process.stdout.write(`${markdown(results)}\n`);
  if (flag('readme')) writeReadme(markdown(results));

  const failed = results.budgets.filter((b) => b.pass === false);
  if (failed.length) {
    process.stderr.write(
      `\n${failed.length} budget(s) failed:\n${failed.map((b) => `  ✗ ${b.name}: ${b.measured} (limit ${b.limit})`).join('\n')}\n`,
    );
    process.exitCode = 1;
  } else {
    process.stderr.write('\nEvery measured budget passed.\n');
  }
} catch (e) {
  process.stderr.write(`\n[bench ${elapsed()}] failed: ${(e as Error).stack ?? e}\n`);
  process.exitCode = 2;
} finally {
  await browser?.close().catch(() => undefined);
  if (flag('keep')) process.stderr.write(`Temporary folder kept: ${temp}\n`);
  else removeTemp(temp);
}
// Nothing of the bench should keep running (a browser, a server); leave with the budgets' verdict.
process.exit(process.exitCode ?? 0);

/** The README's "### Latest results" (to the next "## " heading or the end) replaced by the tables, one heading level down. */
function writeReadme(tables: string) {
  const file = join(PROJECT_ROOT, 'README.md');
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf('\n### Latest results\n');
  if (start < 0) throw new Error('README.md has no "### Latest results" heading to write under');
  const body = start + '\n### Latest results\n'.length;
  const next = text.slice(body).search(/^## /m);
  const end = next < 0 ? text.length : body + next;
  const section = `\n${tables.replace(/^### /gm, '#### ')}\n${next < 0 ? '' : '\n'}`;
  writeFileSync(file, text.slice(0, body) + section + text.slice(end));
  // Aligned as `npm run check` wants the README's tables (Biome formats Markdown).
  execFileSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'biome'), ['format', '--write', file], { stdio: 'ignore' });
  process.stderr.write('README.md: "Latest results" rewritten.\n');
}

function gitDescribe(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown commit';
  }
}

function starlightVersion(): string {
  const file = join(PROJECT_ROOT, 'node_modules', '@astrojs', 'starlight', 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'not installed';
}
