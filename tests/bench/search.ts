/**
 * Search speed over a built site.
 *
 * - Pagefind, in Chromium over the local server: its JS API is imported and
 *   initialised with the site's options, one unrelated query warms it, then
 *   each query is timed once from `search(q)` to the first result's `data()`
 *   (index chunks for new words are still fetched: that is what a reader
 *   waits for). The cold figure (import + init + first query) is reported too.
 * - Fuse.js, in Node, over the built quick-find index (dist/_search/quickfind.js)
 *   with the dialog's own search code (src/lib/search/quickfind-search.ts):
 *   every query is run three times to warm up, then each is timed once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { Browser } from 'playwright-core';
import { PROJECT_ROOT } from './build.ts';

export interface Timings {
  /** Median, ms. */
  median: number;
  p95: number;
  max: number;
  samples: number[];
}

export interface PagefindTimings extends Timings {
  queries: string[];
  /** Import + init + first query + its first data(), ms. */
  coldMs: number;
  /** Results found per query. */
  results: number[];
}

export interface FuseTimings extends Timings {
  queries: string[];
  records: number;
  results: number[];
}

export function stats(samples: number[]): Timings {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  const median = s.length % 2 ? s[(s.length - 1) / 2]! : ((s[s.length / 2 - 1] ?? NaN) + (s[s.length / 2] ?? NaN)) / 2;
  return { median, p95: at(0.95), max: s[s.length - 1] ?? NaN, samples };
}

/** The options the site passes to Pagefind (ranking, excerpt), if the module can be loaded here. */
async function sitePagefindOptions(root: string): Promise<Record<string, unknown>> {
  const file = join(root, 'src', 'components', 'search', 'pagefind.ts');
  try {
    const mod = (await import(file)) as { PAGEFIND_OPTIONS?: Record<string, unknown> };
    return mod.PAGEFIND_OPTIONS ?? {};
  } catch {
    return {};
  }
}

export async function pagefindTimings(
  browser: Browser,
  siteUrl: string,
  dist: string,
  queries: string[],
  root = PROJECT_ROOT,
): Promise<PagefindTimings | { unavailable: string }> {
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js')))
    return { unavailable: 'no pagefind/pagefind.js in the build' };
  const options = await sitePagefindOptions(root);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(siteUrl, { waitUntil: 'load' });
    const out = await page.evaluate(
      async ({ src, options, queries }) => {
        interface Pf {
          options(o: unknown): Promise<void>;
          init(): Promise<void>;
          search(q: string): Promise<{ results: { data(): Promise<unknown> }[] } | null>;
        }
        const t0 = performance.now();
        const pf = (await import(src)) as Pf;
        await pf.options(options);
        await pf.init();
        const first = await pf.search(queries[0]!);
        await first?.results[0]?.data();
        const coldMs = performance.now() - t0;
        // Warm-up on a word outside the queries.
        const warm = await pf.search('europe');
        await warm?.results[0]?.data();
        const samples: number[] = [];
        const results: number[] = [];
        for (const q of queries) {
          const t = performance.now();
          const r = await pf.search(q);
          await r?.results[0]?.data();
          samples.push(performance.now() - t);
          results.push(r?.results.length ?? 0);
        }
        return { coldMs, samples, results };
      },
      { src: new URL('pagefind/pagefind.js', siteUrl).href, options, queries },
    );
    return { ...stats(out.samples), queries, coldMs: out.coldMs, results: out.results };
  } finally {
    await context.close();
  }
}

interface QuickFindModule {
  createQuickFind(index: unknown): { search(q: string): unknown[] };
}

export async function fuseTimings(
  dist: string,
  queries: string[],
  root = PROJECT_ROOT,
): Promise<FuseTimings | { unavailable: string }> {
  const file = join(dist, '_search', 'quickfind.js');
  if (!existsSync(file)) return { unavailable: 'no _search/quickfind.js in the build' };
  const sandbox = { window: {} as { siteQuickFind?: { recs?: unknown[] } } };
  runInNewContext(readFileSync(file, 'utf8'), sandbox);
  const index = sandbox.window.siteQuickFind;
  if (!index) return { unavailable: 'quickfind.js set no window.siteQuickFind' };
  let mod: QuickFindModule;
  try {
    mod = (await import(join(root, 'src', 'lib', 'search', 'quickfind-search.ts'))) as QuickFindModule;
  } catch (e) {
    return { unavailable: `cannot load src/lib/search/quickfind-search.ts: ${(e as Error).message}` };
  }
  const qf = mod.createQuickFind(index);
  for (let i = 0; i < 3; i++) for (const q of queries) qf.search(q);
  const samples: number[] = [];
  const results: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    const hits = qf.search(q);
    samples.push(performance.now() - t);
    results.push(hits.length);
  }
  return { ...stats(samples), queries, records: index.recs?.length ?? 0, results };
}
