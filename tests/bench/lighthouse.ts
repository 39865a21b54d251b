/**
 * Lighthouse (the npm package, its default config: the mobile preset with
 * simulated throttling) over the local server, in Debian's Chromium launched
 * by chrome-launcher with the flags the browser tests use. The page types are
 * navigations; "search dialog open" is a user flow: the home page, then a
 * timespan while "/" opens the dialog (performance: TBT, CLS), then a
 * snapshot of the open dialog (accessibility, best practices, SEO).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { startFlow, type Flags, type Result } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/browser.ts';
import { SEARCH_UI } from './config.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRow {
  id: string;
  /** Runs combined into this row (medians of each figure). */
  runs: number;
  /** Performance score of each run. */
  performanceRuns: (number | null)[];
  unavailable: string | null;
  /** 0–100, null where the mode has no score for it. */
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Audits that cost points: "category: audit-id (score)". */
  failing: string[];
  warnings: string[];
}

const FLAGS: Flags = { output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };

export interface LighthouseSession {
  navigation(id: string, url: string): Promise<LighthouseRow>;
  searchFlow(id: string, url: string): Promise<LighthouseRow>;
  close(): Promise<void>;
}

export async function startLighthouse(): Promise<LighthouseSession> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
    logLevel: 'silent',
  });
  const port = chrome.port;
  return {
    async navigation(id, url) {
      const result = await lighthouse(url, { ...FLAGS, port });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const lhr = result.lhr;
      return rowFrom(id, { performance: lhr, accessibility: lhr, 'best-practices': lhr, seo: lhr });
    },
    async searchFlow(id, url) {
      const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
      const page = await browser.newPage();
      try {
        // Each mode audits the categories it supports (a timespan has no accessibility or SEO).
        const flow = await startFlow(page, { flags: { logLevel: 'error' } });
        // The navigation only sets the page up (its figures are the home page's): one cheap audit.
        await flow.navigate(url, { name: 'Home page', onlyAudits: ['viewport'] });
        if (!(await page.$(SEARCH_UI.loader))) return unavailableRow(id, 'no search UI on the page');
        await flow.startTimespan({ name: 'Open the search dialog' });
        await page.keyboard.press(SEARCH_UI.key);
        await page.waitForSelector(SEARCH_UI.open, { timeout: 10_000 });
        await page.waitForNetworkIdle({ idleTime: 800, timeout: 15_000 }).catch(() => undefined);
        await flow.endTimespan();
        await flow.snapshot({ name: 'Search dialog open' });
        const { steps } = await flow.createFlowResult();
        const [, timespan, snapshot] = steps.map((s) => s.lhr);
        if (!timespan || !snapshot) throw new Error('the Lighthouse flow has fewer steps than expected');
        // Performance (TBT, CLS) from the timespan: the navigation step's figures are the home page's.
        const row = rowFrom(id, {
          performance: timespan,
          accessibility: snapshot,
          'best-practices': snapshot,
          seo: snapshot,
        });
        row.lcpMs = null;
        return row;
      } finally {
        await page.close().catch(() => undefined);
        await browser.disconnect();
      }
    },
    async close() {
      chrome.kill();
    },
  };
}

function score(lhr: Result, category: Category): number | null {
  const s = lhr.categories[category]?.score;
  return typeof s === 'number' ? Math.round(s * 100) : null;
}

/** Each category's score and the audits that cost it points, from the report given for it. */
function rowFrom(id: string, from: Record<Category, Result>): LighthouseRow {
  const scores = {} as Record<Category, number | null>;
  const failing: string[] = [];
  for (const c of CATEGORIES) {
    const lhr = from[c];
    scores[c] = score(lhr, c);
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || ref.weight === 0 || a.score === null || a.score >= 1) continue;
      failing.push(
        `${c}: ${ref.id} (${Math.round(a.score * 100)}${a.displayValue ? `, ${a.displayValue}` : ''})${examples(a.details)}`,
      );
    }
  }
  const perf = from.performance;
  const numeric = (audit: string) => {
    const v = perf.audits[audit]?.numericValue;
    return typeof v === 'number' ? v : null;
  };
  return {
    id,
    runs: 1,
    performanceRuns: [scores.performance],
    unavailable: null,
    scores,
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    failing,
    warnings: [...new Set(Object.values(from).flatMap((l) => l.runWarnings))],
  };
}

/** The first items an audit lists (a console error, an issue, a resource), to say what cost the points. */
function examples(details: unknown): string {
  const d = details as { type?: string; items?: Record<string, unknown>[] } | undefined;
  const items = d?.items;
  if (!d || !['table', 'list', 'opportunity'].includes(d.type ?? '') || !Array.isArray(items) || !items.length)
    return '';
  const text = (item: Record<string, unknown>) => {
    const v = item.description ?? item.issueType ?? item.url ?? item.node;
    if (typeof v === 'string') return v;
    if (v && typeof v === 'object' && 'snippet' in v) return String((v as { snippet: unknown }).snippet);
    return JSON.stringify(item).slice(0, 120);
  };
  return `: ${items
    .slice(0, 2)
    .map((i) => text(i).replace(/\s+/g, ' ').slice(0, 160))
    .join(' | ')}`;
}

export function unavailableRow(id: string, why: string): LighthouseRow {
  return {
    id,
    runs: 0,
    performanceRuns: [],
    unavailable: why,
    scores: { performance: null, accessibility: null, 'best-practices': null, seo: null },
    lcpMs: null,
    tbtMs: null,
    cls: null,
    failing: [],
    warnings: [],
  };
}

const medianOf = (xs: (number | null)[]): number | null => {
  const s = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * Several runs of one page as one row: the median of each score and metric;
 * the audits that cost points are those of the run whose performance score is
 * the median (the lower middle one for an even count).
 */
export function medianRow(rows: LighthouseRow[]): LighthouseRow {
  const first = rows[0];
  if (!first) throw new Error('no Lighthouse runs to combine');
  if (rows.length === 1 || first.unavailable) return first;
  const scores = {} as Record<Category, number | null>;
  for (const c of CATEGORIES) {
    const m = medianOf(rows.map((r) => r.scores[c]));
    scores[c] = m === null ? null : Math.floor(m);
  }
  const byPerf = [...rows].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const middle = byPerf[Math.floor((byPerf.length - 1) / 2)]!;
  return {
    id: first.id,
    runs: rows.length,
    performanceRuns: rows.map((r) => r.scores.performance),
    unavailable: null,
    scores,
    lcpMs: medianOf(rows.map((r) => r.lcpMs)),
    tbtMs: medianOf(rows.map((r) => r.tbtMs)),
    cls: medianOf(rows.map((r) => r.cls)),
    failing: middle.failing,
    warnings: [...new Set(rows.flatMap((r) => r.warnings))],
  };
}
