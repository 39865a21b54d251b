/**
 * The benchmark's results: budgets checked, and Markdown tables (the README
 * shows the latest ones as printed).
 */
import { BUDGETS, PAGE_TYPES, type PageType } from './config.ts';
import type { BuildRun, DistStats } from './build.ts';
import { CATEGORIES, type LighthouseRow } from './lighthouse.ts';
import type { PageWeight } from './pages.ts';
import type { FuseTimings, PagefindTimings } from './search.ts';

export type Unavailable = { unavailable: string };
export const isUnavailable = (x: unknown): x is Unavailable =>
  typeof x === 'object' && x !== null && 'unavailable' in x && typeof (x as Unavailable).unavailable === 'string';

export interface BuildSummary {
  runs: Omit<BuildRun, 'log'>[];
  median: { wallS: number; astroS: number; searchS: number | null; offlineS: number | null };
  offlineNote: string | null;
}

export interface ScaleRow {
  factor: number;
  documents: number;
  build: Omit<BuildRun, 'log'>;
  dist: DistStats;
  fuseMedianMs: number | null;
  pagefindMedianMs: number | null;
}

export interface Growth {
  from: number;
  to: number;
  addedPages: number;
  /** Per added page. */
  buildMs: number;
  /** CPU time of the build per added page (steadier than wall time when the machine is busy). */
  cpuMs: number | null;
  searchMs: number | null;
  pagefindBytes: number;
  quickfindBytes: number;
  peakMB: number;
  htmlBytes: number;
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
  build: BuildSummary | null;
  pages: PageWeight[];
  lighthouse: LighthouseRow[];
  search: { pagefind: PagefindTimings | Unavailable | null; fuse: FuseTimings | Unavailable | null };
  scaling: ScaleRow[];
  growth: Growth[];
  budgets: Budget[];
  notes: string[];
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
/** For figures checked against a budget: two decimals and the bytes. */
const kbExact = (n: number) => `${(n / 1024).toFixed(2)} KB (${n} B)`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const sec = (n: number | null | undefined) => (n === null || n === undefined ? 'n/a' : `${n.toFixed(1)} s`);
const ms = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined || Number.isNaN(n) ? 'n/a' : `${n.toFixed(digits)} ms`;
const typeOf = (id: string): PageType => PAGE_TYPES.find((p) => p.id === id)!;

/** Growth per added page between consecutive scales (the real site counts as 1×). */
export function growth(rows: ScaleRow[]): Growth[] {
  const out: Growth[] = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    const added = b.dist.pages - a.dist.pages;
    if (added <= 0) continue;
    out.push({
      from: a.factor,
      to: b.factor,
      addedPages: added,
      buildMs: ((b.build.wallS - a.build.wallS) * 1000) / added,
      cpuMs: a.build.cpuS !== null && b.build.cpuS !== null ? ((b.build.cpuS - a.build.cpuS) * 1000) / added : null,
      searchMs:
        a.build.searchS !== null && b.build.searchS !== null
          ? ((b.build.searchS - a.build.searchS) * 1000) / added
          : null,
      pagefindBytes: (b.dist.pagefindBytes - a.dist.pagefindBytes) / added,
      quickfindBytes: (b.dist.quickfindBytes - a.dist.quickfindBytes) / added,
      peakMB: (b.build.peakTreeMB - a.build.peakTreeMB) / added,
      htmlBytes: (b.dist.htmlBytes - a.dist.htmlBytes) / added,
    });
  }
  return out;
}

export function checkBudgets(r: Omit<Results, 'budgets'>): Budget[] {
  const budgets: Budget[] = [];
  const page = (id: string) => r.pages.find((p) => p.id === id);

  for (const t of PAGE_TYPES.filter((p) => p.kind === 'reading' && !p.openSearch)) {
    const p = page(t.id);
    const name = `Reading page, 0 KB JS at load: ${t.label}`;
    if (!p || p.unavailable) {
      budgets.push({ name, limit: '0 B of JS files', measured: p?.unavailable ?? 'not measured', pass: null });
      continue;
    }
    const loader = p.loader?.raw ?? 0;
    const otherInline = p.inlineJs.raw - (p.inlineJs.raw > 0 ? loader : 0);
    const pass = p.jsFiles.raw <= BUDGETS.readingJsFileBytes && otherInline <= 0 && loader <= BUDGETS.loaderMaxBytes;
    budgets.push({
      name,
      limit: `0 B of JS files; inline search loader ≤ ${BUDGETS.loaderMaxBytes} B allowed`,
      measured: `${p.jsFiles.raw} B in ${p.jsFiles.files} JS files; inline ${p.inlineJs.raw} B in ${p.inlineJs.scripts} script(s), of which the loader ${loader} B`,
      pass,
    });
  }
  for (const t of PAGE_TYPES.filter((p) => p.document)) {
    const p = page(t.id);
    const name = `Document page HTML+CSS+JS gzipped: ${t.label}`;
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
      measured: `${kbExact(p.totalGzip)}: HTML ${kb(p.html.gzip)}, CSS ${kb(p.css.gzip)}, JS ${kb(p.jsFiles.gzip)}`,
      pass: p.totalGzip <= BUDGETS.documentTotalGzip,
    });
  }
  for (const t of PAGE_TYPES.filter((p) => p.kind === 'island')) {
    const p = page(t.id);
    const name = `Wizard JS gzipped: ${t.label}`;
    if (!p || p.unavailable) {
      budgets.push({ name, limit: kb(BUDGETS.islandJsGzip), measured: p?.unavailable ?? 'not measured', pass: null });
      continue;
    }
    const js = p.jsFiles.gzip + p.inlineJs.gzip;
    budgets.push({
      name,
      limit: `≤ ${kbExact(BUDGETS.islandJsGzip)}`,
      measured: `${kbExact(js)}: ${p.jsFiles.files} files ${p.jsFiles.gzip} B + inline ${p.inlineJs.gzip} B`,
      pass: js <= BUDGETS.islandJsGzip,
    });
  }
  for (const t of PAGE_TYPES) {
    const row = r.lighthouse.find((l) => l.id === t.id);
    const name = `Lighthouse 100 in all four: ${t.label}`;
    if (!row || row.unavailable) {
      budgets.push({ name, limit: '100 ×4', measured: row?.unavailable ?? 'not measured', pass: null });
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
  const pf = r.search.pagefind;
  budgets.push({
    name: 'Pagefind time to first results (median of 20, API loaded)',
    limit: `< ${BUDGETS.pagefindMs} ms`,
    measured: !pf ? 'not measured' : isUnavailable(pf) ? pf.unavailable : ms(pf.median),
    pass: !pf || isUnavailable(pf) ? null : pf.median < BUDGETS.pagefindMs,
  });
  const fuse = r.search.fuse;
  budgets.push({
    name: 'Fuse.js quick-find per query (median of 20, warm)',
    limit: `< ${BUDGETS.fuseMs} ms`,
    measured: !fuse ? 'not measured' : isUnavailable(fuse) ? fuse.unavailable : ms(fuse.median, 2),
    pass: !fuse || isUnavailable(fuse) ? null : fuse.median < BUDGETS.fuseMs,
  });
  const s100 = r.scaling.find((s) => s.factor === 100);
  budgets.push({
    name: '100× corpus: `npm run build` (Astro + search indexes)',
    limit: `< ${BUDGETS.scale100BuildS} s`,
    measured: s100
      ? sec(s100.build.wallS) +
        (s100.build.offlineS !== null
          ? `; the offline bundle after it ${sec(s100.build.offlineS)} more (not in this budget)`
          : '')
      : 'not measured',
    pass: s100 ? s100.build.wallS < BUDGETS.scale100BuildS : null,
  });
  return budgets;
}

/** A Markdown table; `align` has one letter per column, "l" or "r" (default: first left, others right). */
function table(head: string[], rows: (string | number)[][], align?: string): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  const rule = head.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'l' ? '---' : '---:'));
  return [line(head), line(rule), ...rows.map(line)].join('\n');
}

export function markdown(r: Results): string {
  const out: string[] = [];
  const env = r.environment;
  out.push(
    `Benchmark of ${env.commit ?? 'this tree'}, ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${env.machine ?? ''}; Node ${env.node ?? ''}, ${env.chromium ?? ''}; ${r.durationS.toFixed(0)} s in all.`,
  );

  out.push('\n### Page weight at load (each file gzipped separately, level 9)\n');
  out.push(
    table(
      [
        'Page type',
        'HTML raw / gz',
        'CSS raw / gz (files)',
        'JS files raw / gz (files)',
        'Inline JS run, raw / gz',
        'Scripts run',
        'HTML+CSS+JS gz',
        'Other gz (files)',
        'Requests',
      ],
      r.pages.map((p) => {
        const t = typeOf(p.id);
        const label = `${t.label} \`/${t.path}\``;
        if (p.unavailable) return [label, 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'];
        return [
          label,
          `${kb(p.html.raw)} / ${kb(p.html.gzip)}`,
          `${kb(p.css.raw)} / ${kb(p.css.gzip)} (${p.css.files})`,
          `${kb(p.jsFiles.raw)} / ${kb(p.jsFiles.gzip)} (${p.jsFiles.files})`,
          `${p.inlineJs.raw} B / ${p.inlineJs.gzip} B`,
          p.scriptsRun,
          kb(p.totalGzip),
          `${kb(p.other.gzip)} (${p.other.files})`,
          p.requests,
        ];
      }),
    ),
  );
  const loader = r.pages.find((p) => p.loader)?.loader;
  if (loader)
    out.push(
      `\nInline JS on every page is the search loader, ${loader.raw} B (${loader.gzip} B gzipped), allowed by the "0 KB JS" budget; it only adds listeners.`,
    );
  const open = r.pages.find((p) => p.id === 'search' && !p.unavailable);
  if (open) {
    const added = open.resources.filter((x) => x.afterOpen);
    out.push(
      `The search row is the home page plus what opening the dialog ("/") fetched: ${added.length} requests, ${kb(added.reduce((a, x) => a + x.gzip, 0))} gzipped (${added.map((x) => x.path.split('/').pop()).join(', ')}).`,
    );
  }

  if (r.lighthouse.length) {
    const n = Math.max(...r.lighthouse.map((l) => l.runs));
    out.push(
      `\n### Lighthouse (mobile preset, simulated throttling${n > 1 ? `; median of ${n} runs, performance of each run in brackets` : ''})\n`,
    );
    out.push(
      table(
        ['Page type', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP', 'TBT', 'CLS'],
        r.lighthouse.map((l) => {
          const label = typeOf(l.id).label;
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

  if (r.build) {
    const b = r.build;
    out.push(`\n### Build time (median of ${b.runs.length})\n`);
    const runs = (f: (x: Omit<BuildRun, 'log'>) => number | null) => b.runs.map((x) => sec(f(x))).join(', ');
    out.push(
      table(
        ['Step', 'Median', 'Runs'],
        [
          ['Astro (pages, wizard validation, start-up)', sec(b.median.astroS), runs((x) => x.astroS)],
          ['Search indexes (Pagefind, quick-find, search scripts)', sec(b.median.searchS), runs((x) => x.searchS)],
          [
            'Offline bundle (`npm run build:offline`)',
            b.median.offlineS === null ? 'n/a' : sec(b.median.offlineS),
            b.offlineNote ?? runs((x) => x.offlineS),
          ],
          ['`astro build` in all', sec(b.median.wallS), runs((x) => x.wallS)],
        ],
        'lrl',
      ),
    );
  }

  out.push('\n### Search (20 queries)\n');
  const pf = r.search.pagefind;
  const fuse = r.search.fuse;
  out.push(
    table(
      ['Engine', 'Median', 'p95', 'Max', 'Note'],
      [
        !pf || isUnavailable(pf)
          ? ['Pagefind: `search()` + first `data()`', 'n/a', 'n/a', 'n/a', pf ? pf.unavailable : 'skipped']
          : [
              'Pagefind: `search()` + first `data()`',
              ms(pf.median),
              ms(pf.p95),
              ms(pf.max),
              `API loaded and warmed; cold (import + init + first query) ${ms(pf.coldMs, 0)}`,
            ],
        !fuse || isUnavailable(fuse)
          ? ['Fuse.js quick-find', 'n/a', 'n/a', 'n/a', fuse ? fuse.unavailable : 'skipped']
          : [
              'Fuse.js quick-find',
              ms(fuse.median, 2),
              ms(fuse.p95, 2),
              ms(fuse.max, 2),
              `warm, in Node, ${fuse.records} records; slowest: “${fuse.queries[fuse.samples.indexOf(fuse.max)] ?? ''}”`,
            ],
      ],
      'lrrrl',
    ),
  );

  if (r.scaling.length) {
    out.push('\n### Scaling (documents multiplied; wizard trees unchanged)\n');
    out.push(
      table(
        [
          'Corpus',
          'Documents',
          'Pages',
          'Build',
          'CPU',
          'Astro',
          'Search indexes',
          'Offline',
          'Peak memory (tree / largest process)',
          'Pagefind index',
          'Quick-find raw / gz',
          'Mean document HTML',
          'Pagefind median',
          'Fuse median',
        ],
        r.scaling.map((s) => [
          `${s.factor}×`,
          s.documents,
          s.dist.pages,
          sec(s.build.wallS),
          sec(s.build.cpuS),
          sec(s.build.astroS),
          sec(s.build.searchS),
          sec(s.build.offlineS),
          `${s.build.peakTreeMB.toFixed(0)} MB / ${s.build.peakProcessMB === null ? 'n/a' : `${s.build.peakProcessMB.toFixed(0)} MB`}`,
          `${mb(s.dist.pagefindBytes)} (${s.dist.pagefindFiles} files)`,
          `${kb(s.dist.quickfindBytes)} / ${kb(s.dist.quickfindGzip)}`,
          kb(s.dist.documentHtmlMean),
          ms(s.pagefindMedianMs),
          ms(s.fuseMedianMs, 2),
        ]),
      ),
    );
    if (r.growth.length) {
      out.push(
        '\nGrowth per added page (each added page is a document); equal figures in both rows mean linear growth:\n',
      );
      out.push(
        table(
          [
            'Step',
            'Added pages',
            'Build (wall)',
            'Build (CPU)',
            'Search indexes',
            'Peak memory',
            'HTML written',
            'Pagefind index',
            'Quick-find',
          ],
          r.growth.map((g) => [
            `${g.from}× → ${g.to}×`,
            g.addedPages,
            ms(g.buildMs),
            ms(g.cpuMs),
            ms(g.searchMs),
            `${g.peakMB.toFixed(2)} MB`,
            kb(g.htmlBytes),
            kb(g.pagefindBytes),
            kb(g.quickfindBytes),
          ]),
        ),
      );
    }
  }

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
