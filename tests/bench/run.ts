/**
 * `npm run bench`: build the site (3 times, in a temporary copy of the
 * project), serve it, measure every page type (weight, Lighthouse), search
 * speed and the build at 10× and 100× the corpus; print Markdown tables, write
 * bench-results.json and exit 1 if a budget fails. See README, "Benchmark".
 *
 * Options (after `npm run bench --`):
 *   --runs=N            builds of the real site (default 3; the median is reported)
 *   --lighthouse-runs=N Lighthouse runs per page type (default 3; medians)
 *   --skip-lighthouse   --skip-scaling   --skip-search
 *   --scale-offline     also build the offline bundle of the 10× and 100× copies (about a minute more)
 *   --keep              keep the temporary folder (its path is printed)
 *   --out=FILE          where the JSON goes (default bench-results.json)
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serve } from '../support/server.ts';
import {
  benchTempRoot,
  buildProject,
  copyProject,
  corpusOf,
  distStats,
  hasOfflineScript,
  multiplyCorpus,
  PROJECT_ROOT,
  removeTemp,
  type BuildRun,
} from './build.ts';
import { PAGE_TYPES, QUERIES, SCALES } from './config.ts';
import { medianRow, startLighthouse, unavailableRow, type LighthouseRow } from './lighthouse.ts';
import { measurePage, type PageWeight } from './pages.ts';
import {
  checkBudgets,
  growth,
  isUnavailable,
  markdown,
  median,
  type BuildSummary,
  type Results,
  type ScaleRow,
} from './report.ts';
import { fuseTimings, pagefindTimings, type FuseTimings, type PagefindTimings } from './search.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const RUNS = Math.max(1, Number(option('runs') ?? 3));
const LH_RUNS = Math.max(1, Number(option('lighthouse-runs') ?? 3));
const OUT = option('out') ?? join(PROJECT_ROOT, 'bench-results.json');

const started = performance.now();
const elapsed = () => {
  const s = Math.round((performance.now() - started) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
const steps =
  3 + (flag('skip-search') ? 0 : 1) + (flag('skip-lighthouse') ? 0 : 1) + (flag('skip-scaling') ? 0 : SCALES.length);
let step = 0;
let lastStep = '';
/** One progress line per step and sub-step on stderr (stdout is the report). */
function progress(what: string, sub?: string) {
  if (what !== lastStep) step++;
  lastStep = what;
  process.stderr.write(`[bench ${elapsed()}] ${step}/${steps} ${what}${sub ? `: ${sub}` : ''}\n`);
}

const strip = ({ log: _log, ...run }: BuildRun) => run;
const notes: string[] = [];
const temp = benchTempRoot();
let browser: Browser | undefined;

try {
  progress('Copying the project', temp);
  const base = join(temp, 'site');
  copyProject(base);
  const offline = hasOfflineScript(base);

  const runs: BuildRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    progress(
      'Building the site',
      `run ${i + 1} of ${RUNS} (Astro + search indexes${offline ? ' + offline bundle' : ''})`,
    );
    runs.push(await buildProject(base));
  }
  const orNull = (xs: (number | null)[]) => (xs.every((x) => x !== null) ? median(xs as number[]) : null);
  const build: BuildSummary = {
    runs: runs.map(strip),
    median: {
      wallS: median(runs.map((r) => r.wallS)),
      astroS: median(runs.map((r) => r.astroS)),
      searchS: orNull(runs.map((r) => r.searchS)),
      offlineS: offline ? orNull(runs.map((r) => r.offlineS)) : null,
    },
    offlineNote: offline ? null : 'no `build:offline` script yet',
  };
  if (!offline)
    notes.push(
      'Offline bundle: n/a, package.json has no `build:offline` script yet; the bench times it (after each build, in the copy) once it exists.',
    );
  if (build.median.searchS === null)
    notes.push('Search indexes: the build printed no [site-search] line; their time is counted in Astro.');
  const dist = join(base, 'dist');
  const baseStats = distStats(dist);

  browser = await launchBrowser();
  const server = await serve({ dir: dist, base: '/' });
  const pages: PageWeight[] = [];
  const lighthouse: LighthouseRow[] = [];
  let pagefind: PagefindTimings | { unavailable: string } | null = null;
  let fuse: FuseTimings | { unavailable: string } | null = null;
  try {
    for (const t of PAGE_TYPES) {
      progress('Page weight at load', t.label);
      pages.push(await measurePage(browser, server.url, dist, t));
    }
    if (pages.some((p) => p.unavailable))
      notes.push(`Search dialog: n/a, ${pages.find((p) => p.unavailable)!.unavailable}.`);

    if (!flag('skip-lighthouse')) {
      const lh = await startLighthouse();
      try {
        for (const t of PAGE_TYPES) {
          const weight = pages.find((p) => p.id === t.id);
          if (t.openSearch && weight?.unavailable) {
            lighthouse.push(unavailableRow(t.id, weight.unavailable));
            continue;
          }
          const rows: LighthouseRow[] = [];
          for (let i = 0; i < LH_RUNS; i++) {
            progress('Lighthouse', `${t.label}${LH_RUNS > 1 ? ` (run ${i + 1} of ${LH_RUNS})` : ''}`);
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

    if (!flag('skip-search')) {
      progress('Search speed', 'Pagefind in Chromium');
      pagefind = await pagefindTimings(browser, server.url, dist, QUERIES, base).catch((e: Error) => ({
        unavailable: `failed: ${e.message}`,
      }));
      progress('Search speed', 'Fuse.js in Node');
      fuse = await fuseTimings(dist, QUERIES, base).catch((e: Error) => ({ unavailable: `failed: ${e.message}` }));
    }
  } finally {
    await server.close();
  }

  const scaling: ScaleRow[] = [
    {
      factor: 1,
      documents: corpusOf(base).documents,
      // Medians of the builds above: a single build moves by seconds when the machine is busy.
      build: {
        ...strip([...runs].sort((a, b) => a.wallS - b.wallS)[Math.floor(runs.length / 2)]!),
        wallS: build.median.wallS,
        astroS: build.median.astroS,
        searchS: build.median.searchS,
        offlineS: build.median.offlineS,
        cpuS: orNull(runs.map((r) => r.cpuS)),
      },
      dist: baseStats,
      fuseMedianMs: fuse && !isUnavailable(fuse) ? fuse.median : null,
      pagefindMedianMs: pagefind && !isUnavailable(pagefind) ? pagefind.median : null,
    },
  ];
  if (!flag('skip-scaling')) {
    notes.push(
      'Scaling: the 1× row is the medians of the builds above; the 10× and 100× builds run once each, cold (a fresh copy, no .astro/ cache). ' +
        'Copies repeat the same text, so their gzipped sizes compress unrealistically well: read the raw sizes.' +
        (offline && !flag('scale-offline')
          ? ' The offline bundle of the copies is built only with --scale-offline.'
          : ''),
    );
    for (const factor of SCALES) {
      progress(`Scaling ${factor}×`, 'copying and multiplying the documents');
      const root = join(temp, `x${factor}`);
      copyProject(root, base);
      const corpus = multiplyCorpus(root, factor);
      progress(`Scaling ${factor}×`, `building ${corpus.documents} documents`);
      const run = await buildProject(root, { offline: flag('scale-offline') });
      const scaledDist = join(root, 'dist');
      const row: ScaleRow = {
        factor,
        documents: corpus.documents,
        build: strip(run),
        dist: distStats(scaledDist),
        fuseMedianMs: null,
        pagefindMedianMs: null,
      };
      if (!flag('skip-search')) {
        progress(`Scaling ${factor}×`, 'search speed');
        const f = await fuseTimings(scaledDist, QUERIES, root).catch(() => null);
        row.fuseMedianMs = f && !isUnavailable(f) ? f.median : null;
        const s = await serve({ dir: scaledDist, base: '/' });
        try {
          const p = await pagefindTimings(browser, s.url, scaledDist, QUERIES, root).catch(() => null);
          row.pagefindMedianMs = p && !isUnavailable(p) ? p.median : null;
        } finally {
          await s.close();
        }
      }
      scaling.push(row);
      removeTemp(root);
    }
  }

  const environment: Record<string, string> = {
    node: process.version,
    chromium: `Chromium ${browser.version()}`,
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}`,
    commit: gitDescribe(),
  };
  await browser.close();
  browser = undefined;

  const partial: Omit<Results, 'budgets'> = {
    date: new Date().toISOString(),
    durationS: (performance.now() - started) / 1000,
    environment,
    build,
    pages,
    lighthouse,
    search: { pagefind, fuse },
    scaling: scaling.length > 1 ? scaling : [],
    growth: growth(scaling),
    notes,
  };
  const results: Results = { ...partial, budgets: checkBudgets(partial) };
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  process.stderr.write(`[bench ${elapsed()}] done; JSON in ${OUT}\n\n`);
  process.stdout.write(`${markdown(results)}\n`);

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

function gitDescribe(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown commit';
  }
}
