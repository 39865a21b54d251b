/**
 * The benchmark's results: budgets checked, and Markdown tables (the README
 * shows the latest ones as printed).
 */
import type { BuildRun, Corpus, DistStats, PhaseName } from './build.ts';
import { PHASES } from './build.ts';
import { BUDGETS, type PageType } from './config.ts';
import { CATEGORIES, type LighthouseRow } from './lighthouse.ts';
import type { IslandSize, PageWeight } from './pages.ts';
import type { ProfileSummary } from './profile.ts';
import type { FuseTimings, PagefindTimings } from './search.ts';
import type { TwinCorpus } from './twin.ts';

export type Unavailable = { unavailable: string };
export const isUnavailable = (x: unknown): x is Unavailable =>
  typeof x === 'object' && x !== null && 'unavailable' in x && typeof (x as Unavailable).unavailable === 'string';

type Run = Omit<BuildRun, 'log'>;

/** One side (the site or the twin) at one corpus size. */
export interface Side {
  runs: Run[];
  dist: DistStats;
  /** Home and the document pages of the real corpus, weighed at load. */
  pages: PageWeight[];
  fuse: FuseTimings | Unavailable | null;
  pagefind: PagefindTimings | Unavailable | null;
}

export interface ScaleResult {
  factor: number;
  corpus: Corpus;
  twinCorpus: TwinCorpus | null;
  site: Side;
  twin: Side | null;
  profile: { run: Run; summary: ProfileSummary } | null;
}

export interface Growth {
  from: number;
  to: number;
  addedPages: number;
  site: GrowthSide;
  twin: GrowthSide | null;
}

/** Per added page. */
export interface GrowthSide {
  buildMs: number;
  cpuMs: number | null;
  peakMB: number;
  htmlBytes: number;
  distBytes: number;
}

export interface Budget {
  name: string;
  limit: string;
  measured: string;
  /** null: not measured in this run (skipped or not available). */
  pass: boolean | null;
  note?: string;
}

export interface Results {
  date: string;
  durationS: number;
  environment: Record<string, string>;
  scheme: string;
  runsPerSide: number;
  pageTypes: PageType[];
  /** Every page type at 1×. */
  pages: PageWeight[];
  islands: IslandSize[];
  lighthouse: LighthouseRow[];
  /** `npm run build:offline` after each 1× build, s. */
  offlineS: (number | null)[];
  /** At 1×. */
  search: { pagefind: PagefindTimings | Unavailable | null; fuse: FuseTimings | Unavailable | null };
  scales: ScaleResult[];
  growth: Growth[];
  budgets: Budget[];
  notes: string[];
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const medianOrNull = (xs: (number | null)[]) =>
  xs.length && xs.every((x) => x !== null) ? median(xs as number[]) : null;

/** The medians of a side's builds. */
export function medians(runs: Run[]) {
  return {
    wallS: median(runs.map((r) => r.wallS)),
    cpuS: medianOrNull(runs.map((r) => r.cpuS)),
    peakMB: median(runs.map((r) => r.peakTreeMB)),
    searchS: medianOrNull(runs.map((r) => r.searchS)),
    load: median(runs.map((r) => (r.load[0] + r.load[1]) / 2)),
    phases: Object.fromEntries(PHASES.map((p) => [p.name, medianOrNull(runs.map((r) => r.phases[p.name]))])) as Record<
      PhaseName,
      number | null
    >,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
/** For figures checked against a budget: two decimals and the bytes. */
const kbExact = (n: number) => `${(n / 1024).toFixed(2)} KB (${n} B)`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const sec = (n: number | null | undefined) => (n === null || n === undefined ? 'n/a' : `${n.toFixed(1)} s`);
const ms = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined || Number.isNaN(n) ? 'n/a' : `${n.toFixed(digits)} ms`;
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);
const times = (r: number | null) => (r === null ? 'n/a' : `${r.toFixed(2)}×`);

/** Document pages of a side: the heaviest and the mean, HTML+CSS+JS gzipped at load. */
export function documentWeight(pages: PageWeight[]): { max: number; mean: number; heaviest: string } | null {
  const docs = pages.filter((p) => p.id.startsWith('doc:') && !p.unavailable);
  if (!docs.length) return null;
  const heaviest = docs.reduce((a, b) => (b.totalGzip > a.totalGzip ? b : a));
  return {
    max: heaviest.totalGzip,
    mean: docs.reduce((t, p) => t + p.totalGzip, 0) / docs.length,
    heaviest: heaviest.url,
  };
}

/** Growth per added page between consecutive sizes, for both sides. */
export function growth(scales: ScaleResult[]): Growth[] {
  const out: Growth[] = [];
  const per = (a: Side, b: Side, added: number): GrowthSide => {
    const ma = medians(a.runs);
    const mb2 = medians(b.runs);
    return {
      buildMs: ((mb2.wallS - ma.wallS) * 1000) / added,
      cpuMs: ma.cpuS !== null && mb2.cpuS !== null ? ((mb2.cpuS - ma.cpuS) * 1000) / added : null,
      peakMB: (mb2.peakMB - ma.peakMB) / added,
      htmlBytes: (b.dist.htmlBytes - a.dist.htmlBytes) / added,
      distBytes: (b.dist.distBytes - a.dist.distBytes) / added,
    };
  };
  for (let i = 1; i < scales.length; i++) {
    const a = scales[i - 1]!;
    const b = scales[i]!;
    // Pages added are documents on both sides: the same count.
    const added = b.site.dist.documents - a.site.dist.documents;
    if (added <= 0 || !a.site.runs.length || !b.site.runs.length) continue;
    out.push({
      from: a.factor,
      to: b.factor,
      addedPages: added,
      site: per(a.site, b.site, added),
      twin: a.twin?.runs.length && b.twin?.runs.length ? per(a.twin, b.twin, added) : null,
    });
  }
  return out;
}

export function checkBudgets(r: Omit<Results, 'budgets'>): Budget[] {
  const budgets: Budget[] = [];
  const page = (id: string) => r.pages.find((p) => p.id === id);
  const typeOf = (id: string) => r.pageTypes.find((t) => t.id === id);

  // Ratios to the twin, at every size.
  for (const s of r.scales) {
    if (!s.twin?.runs.length || !s.site.runs.length) {
      budgets.push({
        name: `${s.factor}×: build and peak memory against the Starlight twin`,
        limit: `≤ ${BUDGETS.twinRatio.toFixed(1)}×`,
        measured: 'not measured (--skip-twin)',
        pass: null,
      });
      continue;
    }
    const site = medians(s.site.runs);
    const twin = medians(s.twin.runs);
    const wall = ratio(site.wallS, twin.wallS)!;
    budgets.push({
      name: `${s.factor}×: build time (wall, median of ${s.site.runs.length}) against the twin`,
      limit: `≤ ${BUDGETS.twinRatio.toFixed(1)}×`,
      measured: `${times(wall)}: ${sec(site.wallS)} against ${sec(twin.wallS)} (load ${site.load.toFixed(1)} / ${twin.load.toFixed(1)})`,
      pass: wall <= BUDGETS.twinRatio,
    });
    const mem = ratio(site.peakMB, twin.peakMB)!;
    budgets.push({
      name: `${s.factor}×: peak memory (process tree, median) against the twin`,
      limit: `≤ ${BUDGETS.twinRatio.toFixed(1)}×`,
      measured: `${times(mem)}: ${site.peakMB.toFixed(0)} MB against ${twin.peakMB.toFixed(0)} MB`,
      pass: mem <= BUDGETS.twinRatio,
    });
  }
  // Flat growth: the last step against the first.
  if (r.growth.length >= 2) {
    const first = r.growth[0]!;
    const last = r.growth[r.growth.length - 1]!;
    const g = last.site.buildMs / first.site.buildMs;
    budgets.push({
      name: `Build time per added page, ${last.from}×→${last.to}× against ${first.from}×→${first.to}×`,
      limit: `≤ ${(1 + BUDGETS.growthTolerance).toFixed(1)}×`,
      measured: `${times(g)}: ${ms(last.site.buildMs)} against ${ms(first.site.buildMs)} a page (CPU ${ms(last.site.cpuMs)} against ${ms(first.site.cpuMs)})`,
      pass: g <= 1 + BUDGETS.growthTolerance,
    });
  } else {
    budgets.push({
      name: 'Build time per added page, flat',
      limit: `≤ ${(1 + BUDGETS.growthTolerance).toFixed(1)}×`,
      measured: 'not measured (needs three corpus sizes)',
      pass: null,
    });
  }

  for (const t of r.pageTypes.filter((p) => p.kind === 'reading' && !p.openSearch)) {
    const p = page(t.id);
    const name = `Reading page, 0 KB JS at load: ${t.label}`;
    if (!p || p.unavailable) {
      budgets.push({ name, limit: '0 B of JS files', measured: p?.unavailable ?? 'not measured', pass: null });
      continue;
    }
    const loader = p.loader?.raw ?? 0;
    // Inline: the search loader, and the one line in <head> that marks the page as scripted (html.js) so the
    // search button shows from the first paint. Both count against the same small allowance.
    const pass = p.jsFiles.raw <= BUDGETS.readingJsFileBytes && p.inlineJs.raw <= BUDGETS.loaderMaxBytes;
    budgets.push({
      name,
      limit: `0 B of JS files; inline scripts (search loader, html.js line) ≤ ${BUDGETS.loaderMaxBytes} B in all`,
      measured: `${p.jsFiles.raw} B in ${p.jsFiles.files} JS files; inline ${p.inlineJs.raw} B in ${p.inlineJs.scripts} script(s), of which the loader ${loader} B`,
      pass,
    });
  }
  for (const t of r.pageTypes.filter((p) => p.document)) {
    const p = page(t.id);
    const name = `Document page HTML+CSS+JS gzipped at load: ${t.label}`;
    if (!p || p.unavailable) {
      budgets.push({
        name,
        limit: kb(BUDGETS.documentTotalGzip),
        measured: p?.unavailable ?? 'not measured',
        pass: null,
      });
      continue;
    }
    budgets.push({
      name,
      limit: `≤ ${kbExact(BUDGETS.documentTotalGzip)}`,
      measured: `${kbExact(p.totalGzip)}: HTML ${kb(p.html.gzip)}, CSS ${kb(p.css.gzip)} (${p.css.files}), JS ${kb(p.jsFiles.gzip)} (${p.jsFiles.files})`,
      pass: p.totalGzip <= BUDGETS.documentTotalGzip,
    });
  }
  for (const t of r.pageTypes.filter((p) => p.kind === 'island' && !p.document)) {
    const p = page(t.id);
    const name = `Island code gzipped at load: ${t.label}`;
    if (!p || p.unavailable) {
      budgets.push({ name, limit: kb(BUDGETS.islandJsGzip), measured: p?.unavailable ?? 'not measured', pass: null });
      continue;
    }
    // Code only: an island's data (a wizard's tree, _client/data/) travels as a script because fetch() does not
    // work from disk, but it is data, as it was when it sat in the page as JSON.
    const code = p.resources.filter((x) => x.type === 'js' && !x.afterOpen && !x.path.includes('/_client/data/'));
    const data = p.resources.filter((x) => x.type === 'js' && !x.afterOpen && x.path.includes('/_client/data/'));
    const sum = (list: typeof code) => list.reduce((t, x) => t + x.gzip, 0);
    const js = sum(code) + p.inlineJs.gzip;
    budgets.push({
      name,
      limit: `≤ ${kbExact(BUDGETS.islandJsGzip)}`,
      measured: `${kbExact(js)}: ${code.length} files ${sum(code)} B + inline ${p.inlineJs.gzip} B (and data ${sum(data)} B in ${data.length} files)`,
      pass: js <= BUDGETS.islandJsGzip,
    });
  }
  for (const row of r.lighthouse) {
    const name = `Lighthouse 100 in all four: ${typeOf(row.id)?.label ?? row.id}`;
    if (row.unavailable) {
      budgets.push({ name, limit: '100 ×4', measured: row.unavailable, pass: null });
      continue;
    }
    const below = CATEGORIES.filter((c) => row.scores[c] !== null && row.scores[c]! < BUDGETS.lighthouseScore);
    const missing = CATEGORIES.filter((c) => row.scores[c] === null);
    budgets.push({
      name,
      limit: '100 ×4',
      measured: CATEGORIES.map((c) => row.scores[c] ?? 'n/a').join(' / '),
      pass: below.length === 0,
      ...(below.length
        ? { note: row.failing.join('; ') }
        : missing.length
          ? { note: `no ${missing.join(', ')} score in this mode` }
          : {}),
    });
  }
  for (const s of r.scales) {
    const pf = s.site.pagefind;
    budgets.push({
      name: `${s.factor}×: Pagefind time to first results (median of 20, API loaded)`,
      limit: `< ${BUDGETS.pagefindMs} ms`,
      measured: !pf ? 'not measured' : isUnavailable(pf) ? pf.unavailable : ms(pf.median),
      pass: !pf || isUnavailable(pf) ? null : pf.median < BUDGETS.pagefindMs,
    });
    const fuse = s.site.fuse;
    budgets.push({
      name: `${s.factor}×: Fuse.js quick-find per query (median of 20, warm)`,
      limit: `< ${BUDGETS.fuseMs} ms`,
      measured: !fuse
        ? 'not measured'
        : isUnavailable(fuse)
          ? fuse.unavailable
          : `${ms(fuse.median, 2)} (p95 ${ms(fuse.p95, 2)}, ${fuse.records} records)`,
      pass: !fuse || isUnavailable(fuse) ? null : fuse.median < BUDGETS.fuseMs,
    });
  }
  return budgets;
}

/** A Markdown table; `align` has one letter per column, "l" or "r" (default: first left, others right). */
function table(head: string[], rows: (string | number)[][], align?: string): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const rule = head.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? '---' : '---:'));
  return [line(head), line(rule), ...rows.map(line)].join('\n');
}

function ratioTable(r: Results): string {
  const rows: (string | number)[][] = [];
  for (const s of r.scales) {
    const site = s.site.runs.length ? medians(s.site.runs) : null;
    const twin = s.twin?.runs.length ? medians(s.twin.runs) : null;
    const corpus = `${s.factor}× (${s.corpus.documents} documents, ${s.corpus.publications} publications)`;
    const row = (what: string, a: number | null, b: number | null, fmt: (n: number | null) => string) =>
      rows.push([corpus, what, fmt(a), fmt(b), times(ratio(a, b))]);
    const runsOf = (runs: Run[], f: (x: Run) => number) => runs.map(f).join(', ');
    if (site) {
      rows.push([
        corpus,
        `Build, wall (median of ${s.site.runs.length}; runs site: ${runsOf(s.site.runs, (x) => Math.round(x.wallS * 10) / 10)}${twin ? `; twin: ${runsOf(s.twin!.runs, (x) => Math.round(x.wallS * 10) / 10)}` : ''})`,
        sec(site.wallS),
        sec(twin?.wallS),
        times(ratio(site.wallS, twin?.wallS ?? null)),
      ]);
      row('Build, CPU (user + system)', site.cpuS, twin?.cpuS ?? null, sec);
      row('Peak memory (process tree)', site.peakMB, twin?.peakMB ?? null, (n) =>
        n === null ? 'n/a' : `${n.toFixed(0)} MB`,
      );
      rows.push([
        corpus,
        'Load average during the builds (1 min)',
        site.load.toFixed(1),
        twin ? twin.load.toFixed(1) : 'n/a',
        '',
      ]);
    }
    rows.push([
      corpus,
      'Pages written',
      s.site.dist.pages,
      s.twin ? s.twin.dist.pages : 'n/a',
      times(ratio(s.site.dist.pages, s.twin?.dist.pages ?? null)),
    ]);
    row('Output size (every file)', s.site.dist.distBytes, s.twin?.dist.distBytes ?? null, (n) =>
      n === null ? 'n/a' : mb(n),
    );
    row('Mean document HTML', s.site.dist.documentHtmlMean, s.twin?.dist.documentHtmlMean ?? null, (n) =>
      n === null ? 'n/a' : kb(n),
    );
    const home = (p: PageWeight[]) => p.find((x) => x.id === 'home')?.totalGzip ?? null;
    row('Home page at load, HTML+CSS+JS gz', home(s.site.pages), s.twin ? home(s.twin.pages) : null, (n) =>
      n === null ? 'n/a' : kb(n),
    );
    const sd = documentWeight(s.site.pages);
    const td = s.twin ? documentWeight(s.twin.pages) : null;
    row(
      `Heaviest document page at load, HTML+CSS+JS gz (site: \`/${sd?.heaviest ?? ''}\`)`,
      sd?.max ?? null,
      td?.max ?? null,
      (n) => (n === null ? 'n/a' : kb(n)),
    );
    row('Mean document page at load, HTML+CSS+JS gz', sd?.mean ?? null, td?.mean ?? null, (n) =>
      n === null ? 'n/a' : kb(n),
    );
    const pf = (x: Side | null) => (x?.pagefind && !isUnavailable(x.pagefind) ? x.pagefind.median : null);
    row('Pagefind, median query to first result', pf(s.site), pf(s.twin), (n) => ms(n));
  }
  return table(['Corpus', 'Measure', 'This site', 'Starlight twin', 'Ratio'], rows, 'llrrr');
}

function phaseTable(r: Results): string {
  const rows: (string | number)[][] = [];
  for (const s of r.scales) {
    if (!s.site.runs.length) continue;
    const site = medians(s.site.runs).phases;
    const twin = s.twin?.runs.length ? medians(s.twin.runs).phases : null;
    rows.push([`${s.factor}×`, ...PHASES.map((p) => `${sec(site[p.name])} / ${twin ? sec(twin[p.name]) : 'n/a'}`)]);
  }
  return table(['Corpus', ...PHASES.map((p) => `${p.label}, site / twin`)], rows);
}

export function markdown(r: Results): string {
  const out: string[] = [];
  const env = r.environment;
  out.push(
    `Benchmark of ${env.commit ?? 'this tree'}, ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${env.machine ?? ''}; Node ${env.node ?? ''}, ${env.chromium ?? ''}, Starlight ${env.starlight ?? ''} (the twin); ${r.durationS.toFixed(0)} s in all. Corpus multiplied as ${r.scheme}; ${r.runsPerSide} cold builds of each side at each size, interleaved.`,
  );

  out.push('\n### Against the Starlight twin (medians; every figure measured in this run)\n');
  out.push(ratioTable(r));

  if (r.growth.length) {
    out.push('\nGrowth per added page (each added page is a document); equal rows mean linear growth:\n');
    out.push(
      table(
        [
          'Step',
          'Added pages',
          'Build wall, site / twin',
          'Build CPU, site / twin',
          'Peak memory, site / twin',
          'HTML written, site / twin',
        ],
        r.growth.map((g) => [
          `${g.from}× → ${g.to}×`,
          g.addedPages,
          `${ms(g.site.buildMs)} / ${ms(g.twin?.buildMs)}`,
          `${ms(g.site.cpuMs)} / ${ms(g.twin?.cpuMs)}`,
          `${g.site.peakMB.toFixed(2)} MB / ${g.twin ? `${g.twin.peakMB.toFixed(2)} MB` : 'n/a'}`,
          `${kb(g.site.htmlBytes)} / ${g.twin ? kb(g.twin.htmlBytes) : 'n/a'}`,
        ]),
      ),
    );
  }

  out.push("\n### Where the build's time goes (from Astro's log lines; medians)\n");
  out.push(phaseTable(r));

  for (const s of r.scales.filter((x) => x.profile)) {
    const p = s.profile!;
    out.push(
      `\n#### CPU profile of one site build at ${s.factor}× (${sec(p.run.wallS)} wall with profiling, ${p.summary.files} profiles, ${(p.summary.totalMs / 1000).toFixed(1)} s sampled)\n`,
    );
    const n = Math.max(p.summary.areas.length, p.summary.project.length, 10);
    out.push(
      table(
        ['#', 'Self time by area', 'ms', 'Under the project’s own files (inclusive)', 'ms'],
        Array.from({ length: Math.min(n, 12) }, (_, i) => [
          i + 1,
          p.summary.areas[i]?.name ?? '',
          p.summary.areas[i] ? p.summary.areas[i].ms.toFixed(0) : '',
          p.summary.project[i]?.name ?? '',
          p.summary.project[i] ? p.summary.project[i].ms.toFixed(0) : '',
        ]),
        'llrlr',
      ),
    );
  }

  if (r.pages.length) {
    out.push('\n### Page weight at load, 1× (each file gzipped separately, level 9)\n');
    const typeOf = (id: string) => r.pageTypes.find((t) => t.id === id);
    out.push(
      table(
        [
          'Page',
          'HTML raw / gz',
          'CSS raw / gz (files)',
          'JS files raw / gz (files)',
          'Inline JS run, raw / gz',
          'HTML+CSS+JS gz',
          'Other gz (files)',
          'Requests',
        ],
        r.pages.map((p) => {
          const label = `${typeOf(p.id)?.label ?? p.id} \`/${typeOf(p.id)?.path ?? ''}\``;
          if (p.unavailable) return [label, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'];
          return [
            label,
            `${kb(p.html.raw)} / ${kb(p.html.gzip)}`,
            `${kb(p.css.raw)} / ${kb(p.css.gzip)} (${p.css.files})`,
            `${kb(p.jsFiles.raw)} / ${kb(p.jsFiles.gzip)} (${p.jsFiles.files})`,
            `${p.inlineJs.raw} B / ${p.inlineJs.gzip} B`,
            kb(p.totalGzip),
            `${kb(p.other.gzip)} (${p.other.files})`,
            p.requests,
          ];
        }),
      ),
    );
    const open = r.pages.find((p) => p.id === 'search' && !p.unavailable);
    if (open) {
      const added = open.resources.filter((x) => x.afterOpen);
      out.push(
        `\nThe search row is the home page plus what opening the dialog ("/") fetched: ${added.length} requests, ${kb(added.reduce((a, x) => a + x.gzip, 0))} gzipped (${added.map((x) => x.path.split('/').pop()).join(', ')}).`,
      );
    }
  }

  if (r.islands.length) {
    out.push('\n### Islands (script and data as built; "on intent": loaded when the reader reaches or touches it)\n');
    out.push(
      table(
        ['Island', 'For example on', 'Pages measured', 'Script raw / gz', 'Data raw / gz', 'Together gz', 'Loads'],
        r.islands.map((i) => [
          i.name,
          `\`/${i.page.replace(/^\//, '')}\``,
          i.pages,
          `${kb(i.script.raw)} / ${kb(i.script.gzip)}`,
          i.data ? `${kb(i.data.raw)} / ${kb(i.data.gzip)}` : '—',
          kb(i.script.gzip + (i.data?.gzip ?? 0)),
          i.atLoad ? 'at load' : 'on intent',
        ]),
        'llrrrrl',
      ),
    );
  }

  if (r.lighthouse.length) {
    const n = Math.max(...r.lighthouse.map((l) => l.runs));
    out.push(
      `\n### Lighthouse, 1× (mobile preset, simulated throttling${n > 1 ? `; median of ${n} runs, performance of each run in brackets` : ''})\n`,
    );
    out.push(
      table(
        ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
        r.lighthouse.map((l) => {
          const label = r.pageTypes.find((t) => t.id === l.id)?.label ?? l.id;
          if (l.unavailable) return [label, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'];
          return [
            label,
            l.runs > 1
              ? `${l.scores.performance ?? 'n/a'} (${l.performanceRuns.map((x) => x ?? 'n/a').join(', ')})`
              : (l.scores.performance ?? 'n/a'),
            ...CATEGORIES.slice(1).map((c) => l.scores[c] ?? 'n/a'),
            l.lcpMs === null ? 'n/a' : `${(l.lcpMs / 1000).toFixed(2)} s`,
            ms(l.tbtMs, 0),
            l.cls === null ? 'n/a' : l.cls.toFixed(3),
          ];
        }),
      ),
    );
    if (r.lighthouse.some((l) => l.id === 'search' && !l.unavailable))
      out.push(
        '\nSearch dialog: performance, TBT and CLS from a timespan while "/" opens it (no LCP in a timespan); the other three from a snapshot of the open dialog.',
      );
  }

  out.push('\n### Search (20 queries at each size)\n');
  const searchRows: (string | number)[][] = [];
  for (const s of r.scales) {
    const pf = s.site.pagefind;
    const fuse = s.site.fuse;
    const tpf = s.twin?.pagefind;
    if (pf && !isUnavailable(pf))
      searchRows.push([
        `${s.factor}×`,
        'Pagefind: `search()` + first `data()`',
        ms(pf.median),
        ms(pf.p95),
        ms(pf.max),
        `cold (import + init + first query) ${ms(pf.coldMs, 0)}; index ${mb(s.site.dist.pagefindBytes)} in ${s.site.dist.pagefindFiles} files${tpf && !isUnavailable(tpf) ? `; the twin's Pagefind: median ${ms(tpf.median)}, cold ${ms(tpf.coldMs, 0)}` : ''}`,
      ]);
    if (fuse && !isUnavailable(fuse))
      searchRows.push([
        `${s.factor}×`,
        'Fuse.js quick-find (warm, in Node)',
        ms(fuse.median, 2),
        ms(fuse.p95, 2),
        ms(fuse.max, 2),
        `${fuse.records} records, ${kb(s.site.dist.quickfindBytes)} / ${kb(s.site.dist.quickfindGzip)} gz; slowest: “${fuse.queries[fuse.samples.indexOf(fuse.max)] ?? ''}”`,
      ]);
  }
  out.push(
    searchRows.length
      ? table(['Corpus', 'Engine', 'Median', 'p95', 'Max', 'Note'], searchRows, 'llrrrl')
      : 'Not measured.',
  );

  const offline = r.offlineS.filter((x): x is number => x !== null);
  if (offline.length)
    out.push(
      `\nOffline bundle (\`npm run build:offline\`, after each 1× build, not in the ratios): ${sec(median(offline))} (${offline.map((x) => sec(x)).join(', ')}).`,
    );

  out.push('\n### Budgets\n');
  out.push(
    table(
      ['Budget', 'Limit', 'Measured', 'Result'],
      r.budgets.map((b) => [
        b.name,
        b.limit,
        b.measured + (b.note ? ` — ${b.note}` : ''),
        b.pass === null ? 'not measured' : b.pass ? 'pass' : '**FAIL**',
      ]),
      'llll',
    ),
  );
  if (r.notes.length) out.push(`\n${r.notes.map((n) => `- ${n}`).join('\n')}`);
  return out.join('\n');
}
