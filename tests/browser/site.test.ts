/**
 * Every built page in a real browser: structure, accessibility (axe-core, light
 * and dark), no request leaving the site, and the on-page table of contents.
 *
 * Runs over dist/ (or $DIST_DIR), served by tests/support/server.ts, in
 * headless Chromium (tests/support/browser.ts). Needs `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'node-html-parser';
import type { Browser, BrowserContext, Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { htmlFiles, readDist, requireDist } from '../support/dist';
import { serve, type StaticServer } from '../support/server';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TOC_LINKS = 'nav.toc a[href^="#"]';
/** TOC links clicked per page; the page with the most gets all of its links clicked. */
const TOC_SAMPLE = 3;
const MISSING_PATH = 'this-page-does-not-exist-404-check/';

requireDist();

interface SitePage {
  file: string; // relative to dist/, e.g. booklets/sectoral-certs/index.html
  path: string; // relative to the site root, e.g. booklets/sectoral-certs/
  expectedStatus: number;
  tocLinks: number; // TOC links in the built HTML
}

/**
 * Wizard state pages (/tools/<id>/<answers>/) are hundreds of near-identical
 * pages: tests/browser/wizards.test.ts checks a sample of them; here only each
 * tool's start page stands for them.
 */
const isWizardState = (file: string) => /^tools\/[^/]+\/.+\/index\.html$/.test(file);

const PAGES: SitePage[] = htmlFiles()
  .filter((file) => !isWizardState(file))
  .map((file) => {
    const is404 = file === '404.html';
    const path = is404 ? MISSING_PATH : file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
    const tocLinks = parse(readDist(file)).querySelectorAll(TOC_LINKS).length;
    return { file, path, expectedStatus: is404 ? 404 : 200, tocLinks };
  });
/** The page whose whole TOC is clicked through (the one with the longest TOC). */
const LONGEST_TOC = PAGES.reduce<SitePage | undefined>(
  (best, p) => (p.tocLinks > 0 && p.tocLinks > (best?.tocLinks ?? 0) ? p : best),
  undefined,
);

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** What the browser did while showing the current page. */
interface Activity {
  document: string; // URL of the page, without fragment
  offOrigin: Set<string>;
  failed: string[];
  badStatus: string[];
  scriptErrors: string[];
  inflight: Set<Request>;
}
let activity: Activity = newActivity();
let loaded: { file: string; status: number } | undefined;

function newActivity(document = ''): Activity {
  return { document, offOrigin: new Set(), failed: [], badStatus: [], scriptErrors: [], inflight: new Set() };
}

const isLocal = (url: string) => url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:');
const isOffOrigin = (url: string) => !isLocal(url) && new URL(url).origin !== server.origin;
const isMainDocument = (req: Request) => req.isNavigationRequest() && req.frame() === page.mainFrame();
const withoutHash = (url: string) => url.replace(/#.*$/, '');
/**
 * Whether a request comes from the page being checked. Chromium re-fetches the
 * favicon after every in-page jump; when the test then leaves the page, that
 * fetch is aborted, and its events may arrive after the next page's checks
 * began. Such a request's frame still shows the old page.
 */
const fromCurrentPage = (req: Request) =>
  req.isNavigationRequest() || req.frame() !== page.mainFrame() || withoutHash(req.frame().url()) === activity.document;

beforeAll(async () => {
  server = await serve();
  browser = await launchBrowser();
  context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    bypassCSP: true, // so axe-core can be injected whatever the site's CSP says
  });
  // Nothing may leave the machine: requests to other origins are recorded
  // (below) and aborted here rather than sent.
  await context.route(
    (url) => isOffOrigin(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  page = await context.newPage();
  page.on('request', (req) => {
    const url = req.url();
    if (isOffOrigin(url)) activity.offOrigin.add(url); // wherever it came from: nothing may leave
    if (fromCurrentPage(req)) activity.inflight.add(req);
  });
  page.on('requestfinished', (req) => activity.inflight.delete(req));
  page.on('requestfailed', (req) => {
    activity.inflight.delete(req);
    if (!isOffOrigin(req.url()) && fromCurrentPage(req)) {
      activity.failed.push(`${req.url()} (${req.failure()?.errorText ?? 'failed'})`);
    }
  });
  page.on('response', (res: Response) => {
    if (res.status() >= 400 && !isMainDocument(res.request()) && fromCurrentPage(res.request())) {
      activity.badStatus.push(`${res.url()} → HTTP ${res.status()}`);
    }
  });
  page.on('pageerror', (err) => activity.scriptErrors.push(String(err.stack ?? err)));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Show `p` in the shared tab, unless it is already showing. */
async function open(p: SitePage): Promise<number> {
  if (loaded?.file === p.file) return loaded.status;
  // Let the page before finish its requests (Chromium re-fetches the favicon
  // after every in-page jump), so leaving it does not abort them.
  await settleNetwork(2000);
  loaded = undefined;
  await page.emulateMedia({ colorScheme: 'light' });
  activity = newActivity(server.url + p.path);
  const response = await page.goto(server.url + p.path, { waitUntil: 'load' });
  if (!response) throw new Error(`No response for ${server.url + p.path}`);
  activity.document = withoutHash(page.url()); // after any redirect
  loaded = { file: p.file, status: response.status() };
  return loaded.status;
}

/** Wait until the current page has no request in flight, or `ms` have passed. */
async function settleNetwork(ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (activity.inflight.size > 0 && Date.now() < deadline) await page.waitForTimeout(50);
}

/** Wait for CSS transitions/animations (e.g. after a colour-scheme switch) to end. */
async function settle(): Promise<void> {
  await page.evaluate(() =>
    Promise.race([
      Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
      new Promise((ok) => setTimeout(ok, 2000)),
    ]),
  );
}

interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: { target: unknown; summary: string | undefined }[];
}

async function axeViolations(): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    // axe-core was injected above; its types are not in the page's scope.
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
    }));
  }, AXE_TAGS);
}

/** Elements listed per axe violation; the rest are counted. */
const MAX_NODES = 10;

function describeViolations(pageLabel: string, scheme: string, violations: AxeViolation[]): string {
  const lines = [`${violations.length} axe-core violation(s) on ${pageLabel} (${scheme}):`];
  for (const v of violations) {
    lines.push(`- ${v.id} [${v.impact ?? 'n/a'}] ${v.help}`);
    for (const n of v.nodes.slice(0, MAX_NODES)) {
      lines.push(`    ${JSON.stringify(n.target)}${n.summary ? `: ${n.summary.replace(/\s+/g, ' ').trim()}` : ''}`);
    }
    if (v.nodes.length > MAX_NODES) lines.push(`    … and ${v.nodes.length - MAX_NODES} more element(s)`);
  }
  return lines.join('\n');
}

const label = (p: SitePage) => (p.expectedStatus === 404 ? `404.html (at /${p.path})` : `/${p.path}`);

// Tests in a file run one after another (vitest's default), sharing one tab.
for (const p of PAGES)
  describe(`page ${p.file}`, () => {
    it(`loads with HTTP ${p.expectedStatus} and has lang, <title>, <h1> and <main>`, async () => {
      const status = await open(p);
      const facts = await page.evaluate(() => ({
        lang: document.documentElement.getAttribute('lang')?.trim() ?? '',
        title: document.title.trim(),
        h1: [...document.querySelectorAll('h1')].map((h) => h.textContent?.trim() ?? ''),
        main: document.querySelectorAll('main').length,
      }));
      const problems: string[] = [];
      if (status !== p.expectedStatus) problems.push(`HTTP status ${status}, expected ${p.expectedStatus}`);
      if (!facts.lang) problems.push('<html> has no lang attribute');
      if (!facts.title) problems.push('no <title> (or an empty one)');
      if (facts.h1.length === 0) problems.push('no <h1>');
      else if (facts.h1.some((t) => !t)) problems.push('an empty <h1>');
      if (facts.main === 0) problems.push('no <main>');
      expect(problems, `${label(p)}:\n${problems.join('\n')}`).toEqual([]);
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(`has no axe-core violations (${AXE_TAGS.join(', ')}) in ${scheme} mode`, async () => {
        await open(p);
        await page.emulateMedia({ colorScheme: scheme });
        await settle();
        const violations = await axeViolations();
        expect(violations.length, describeViolations(label(p), scheme, violations)).toBe(0);
      });
    }

    // Pages without a table of contents are fine: they get no such test.
    if (p.tocLinks > 0)
      it(
        p === LONGEST_TOC
          ? `every table-of-contents link (${p.tocLinks}) lands on its heading`
          : `its first ${Math.min(TOC_SAMPLE, p.tocLinks)} table-of-contents links land on their headings`,
        async () => {
          await open(p);
          await page.emulateMedia({ colorScheme: 'light' });
          const hrefs = await page.$$eval(TOC_LINKS, (as) => as.map((a) => a.getAttribute('href') ?? ''));
          // A page may print its TOC twice (e.g. sidebar and inline); click each target once.
          const unique = [...new Set(hrefs)];
          const sample = p === LONGEST_TOC ? unique : unique.slice(0, TOC_SAMPLE);
          const problems: string[] = [];
          for (const href of sample) {
            const problem = await checkTocLink(href);
            if (problem) problems.push(`${href}: ${problem}`);
          }
          expect(problems, `table of contents of ${label(p)}:\n${problems.join('\n')}`).toEqual([]);
        },
      );

    it('requests nothing outside the site, and every request succeeds', async () => {
      await open(p);
      // Let late requests (lazy images, scripts' fetches) finish before judging.
      await settleNetwork(5000);
      const errored = new Set(activity.badStatus.map((b) => b.split(' → ')[0]));
      const problems = [
        ...[...activity.offOrigin].map((u) => `request leaves the site (${server.origin}): ${u}`),
        // A subresource answered with 4xx/5xx is listed once, below, with its status.
        ...activity.failed.filter((f) => !errored.has(f.split(' (')[0])).map((f) => `request failed: ${f}`),
        ...activity.badStatus.map((b) => `subresource error: ${b}`),
      ];
      expect(problems, `${label(p)}:\n${problems.join('\n')}`).toEqual([]);
    });

    it('throws no uncaught script errors', async () => {
      await open(p);
      expect(activity.scriptErrors, `${label(p)}:\n${activity.scriptErrors.join('\n')}`).toEqual([]);
    });
  });

/** Click the TOC link with this href; return what went wrong, if anything. */
async function checkTocLink(href: string): Promise<string | undefined> {
  let id: string;
  try {
    id = decodeURIComponent(href.slice(1));
  } catch {
    return 'the fragment is not valid percent-encoding';
  }
  if (!id) return 'empty fragment';
  if (!(await page.evaluate((i) => document.getElementById(i) !== null, id))) return `no element has id="${id}"`;

  // Back to the top, and two frames for the contents column to mark the section now in view.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        window.scrollTo(0, 0);
        requestAnimationFrame(() => requestAnimationFrame(resolve));
      }),
  );
  const link = page
    .locator(`nav.toc a[href="${href.replace(/["\\]/g, '\\$&')}"]`)
    .filter({ visible: true })
    .first();
  let revealed = false;
  if ((await link.count()) === 0) {
    // A TOC folded into a closed <details> is opened first, as a reader would.
    await page.evaluate((h) => {
      for (const a of document.querySelectorAll<HTMLAnchorElement>('nav.toc a')) {
        if (a.getAttribute('href') !== h) continue;
        for (let d = a.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
      }
    }, href);
  }
  if ((await link.count()) === 0) {
    // A subsection the contents column lists only under its section in view: go to the section first, as a reader would.
    const section = await page.evaluate((h) => {
      const a = [...document.querySelectorAll<HTMLAnchorElement>('nav.toc a')].find(
        (x) => x.getAttribute('href') === h,
      );
      return a?.closest('.toc__item--2')?.querySelector(':scope > a')?.getAttribute('href') ?? null;
    }, href);
    if (section) {
      await page
        .locator(`nav.toc a[href="${section.replace(/["\\]/g, '\\$&')}"]`)
        .filter({ visible: true })
        .first()
        .click({ timeout: 5000 });
      await page.waitForTimeout(300);
      revealed = true;
    }
    if ((await link.count()) === 0) return 'the link is not visible, so it cannot be clicked';
  }
  try {
    // A revealed subsection is clicked as such: Playwright's scrolling into view would move the page, and the
    // column would list another section's subsections.
    if (revealed) await link.evaluate((a) => (a as HTMLAnchorElement).click());
    else await link.click({ timeout: 5000 });
  } catch (err) {
    return `clicking the link failed: ${(err as Error).message.split('\n')[0]}`;
  }

  // Smooth scrolling may take a moment: poll until the heading is in view.
  let last: { hash: string; inView: boolean; coveredBy: string | null; top: number } | undefined;
  const deadline = Date.now() + 3000;
  while (Date.now() < deadline) {
    last = await page.evaluate((i) => {
      const target = document.getElementById(i)!;
      const heading = /^H[1-6]$/.test(target.tagName)
        ? target
        : (target.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6') ?? target);
      const r = heading.getBoundingClientRect();
      const inView = r.top >= -1 && r.top < innerHeight - 10 && r.bottom > 0 && r.right > 0 && r.left < innerWidth;
      // Is the heading's first line hidden under something (e.g. a sticky header)?
      const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 24), r.top + Math.min(r.height / 2, 12));
      const covered = inView && hit !== null && !heading.contains(hit) && !hit.contains(heading);
      const one = (e: Element) =>
        e.tagName.toLowerCase() +
        (e.id ? `#${e.id}` : '') +
        (e.classList.length ? `.${[...e.classList].join('.')}` : '');
      const describe = (e: Element) => {
        const path = [one(e)];
        for (let p = e.parentElement; p && p !== document.body && path.length < 3; p = p.parentElement)
          path.unshift(one(p));
        return path.join(' > ');
      };
      return { hash: location.hash, inView, coveredBy: covered ? describe(hit) : null, top: Math.round(r.top) };
    }, id);
    if (last.inView && !last.coveredBy && last.hash === href) return undefined;
    await page.waitForTimeout(100);
  }
  if (!last) return 'no result';
  if (last.hash !== href) return `after the click the address ends in "${last.hash}", not "${href}"`;
  if (!last.inView) return `after the click the target's top is at ${last.top}px, outside the 800px-high viewport`;
  return `after the click the target heading is hidden under ${last.coveredBy}`;
}
