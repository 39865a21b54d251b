/**
 * What a reader does, end to end, in every way the guide is hosted and in both
 * browser engines: type real queries into the search dialog, follow EVERY
 * result (quick-find and full text) and land on a page that exists, on the
 * element the result names; finish each wizard and follow every link its
 * result offers; follow every link of the plan page.
 *
 * Five hosting modes — the web build at "/", the web build for /guide/, the
 * offline bundle at "/" and at "/some/deep/path/", and the offline bundle
 * opened from disk in a folder whose name has spaces and non-ASCII letters —
 * in Chromium and Firefox ESR (tests/support/engines.ts).
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuiltManifest } from '../../src/integrations/built-manifest';
import { PLAN_KINDS } from '../../src/lib/pack/kinds';
import { DIST, DIST_GUIDE, DIST_OFFLINE, GUIDE_BASE, requireBuild, requireDist } from '../support/dist';
import { type BrowserSession, ENGINES, openBrowser, type TestPage } from '../support/engines';
import { reachIsland } from '../support/islands';
import { serve, type StaticServer } from '../support/server';

requireDist();
requireBuild(DIST_OFFLINE, 'npm run build:offline');
requireBuild(DIST_GUIDE, 'npm run build:guide');

/** The wizards, from the built manifest (the content layer's list). */
const WIZARDS = (readBuiltManifest(DIST).trees as { id: string }[]).map((t) => t.id);

/** Queries people type: names, topics, a phrase from the text, a typo. */
const QUERIES = [
  'Traffic Light Protocol',
  'funding',
  'secretariat',
  'sectoral CERT',
  'UP KRITIS',
  'mandatory incident reporting',
  'non-disclosure agreement',
  'trust',
  'CERTFin',
  'secretarait',
];

interface Mode {
  name: string;
  dir: string;
  via: 'file' | { path: string };
}

const MODES: Mode[] = [
  { name: 'web build at /', dir: DIST, via: { path: '/' } },
  { name: `web build for ${GUIDE_BASE}`, dir: DIST_GUIDE, via: { path: GUIDE_BASE } },
  { name: 'offline bundle at /', dir: DIST_OFFLINE, via: { path: '/' } },
  { name: 'offline bundle at /some/deep/path/', dir: DIST_OFFLINE, via: { path: '/some/deep/path/' } },
  { name: 'offline bundle from disk', dir: DIST_OFFLINE, via: 'file' },
];

/** The offline bundle copied where a colleague might unpack it. */
const DISK = join(tmpdir(), 'click-through', 'Vodič za sigurnost — kopija');

interface Result {
  href: string;
  title: string;
  quick: boolean;
}

/** Opens the dialog on the current page, types the query and waits until every result is in. */
async function searchFor(page: TestPage, query: string): Promise<Result[]> {
  await page.press('/');
  await page.waitForSelector('dialog.search-dialog[open]');
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('#search-input')!;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.type(query);
  // The live region names the query once quick-find and the full text (Pagefind or the passages) have answered.
  await page.waitForFunction(
    (q) => (document.querySelector('.search__status')?.textContent ?? '').includes(`“${q}”`),
    query,
    15_000,
  );
  return page.evaluate(() =>
    [...document.querySelectorAll('[role="option"]')].map((o) => ({
      href: o.getAttribute('data-href') ?? '',
      title: o.querySelector('.search__title')?.textContent ?? '',
      quick: o.closest('[aria-labelledby="search-group-quick"]') !== null,
    })),
  );
}

/** Where a followed link landed: the page's heading, whether it is the 404 page, what the fragment names. */
interface Landing {
  status: number | undefined;
  h1: string;
  notFound: boolean;
  /** The text of the element the fragment names, or null if there is none. */
  target: string | null;
}

/** Brings each island into view in turn and waits until it answers itself (they start on intent). */
async function islandsLive(page: TestPage): Promise<void> {
  const count = await page.evaluate(() => document.querySelectorAll('[data-island]').length);
  for (let i = 0; i < count; i++) {
    // Near the screen and pointed at, as a reader would (a tool's question page starts only when touched).
    await page.evaluate(reachIsland, i);
    await page.waitForFunction((n) => document.querySelectorAll('[data-island]')[n]?.hasAttribute('data-live'), i);
  }
}

async function land(page: TestPage, url: string): Promise<Landing> {
  const status = await page.goto(url);
  try {
    return { ...(await arrived(page, url)), status };
  } catch (e) {
    // Chromium now and then reports the context of the page it just loaded as gone when the machine is busy.
    // Once more after the document settles; if the page itself went elsewhere, that is what the test reports.
    if (!/context was destroyed/i.test(String(e))) throw e;
    await page.waitForFunction(() => document.readyState === 'complete', undefined);
    const asked = new URL(url);
    const now = new URL(page.url());
    if (now.pathname !== asked.pathname || now.search !== asked.search)
      throw new Error(`${url} went on to ${page.url()} by itself`);
    return { ...(await arrived(page, url)), status };
  }
}

/** What the reader sees where the link pointed: the heading, and the element the fragment names. */
async function arrived(page: TestPage, url: string): Promise<Omit<Landing, 'status'>> {
  // A tool's result shown from the address (?<id>=…) exists once its island has started.
  if (new URL(url).search && (await page.evaluate(() => document.querySelector('[data-island]') !== null)))
    await islandsLive(page);
  return page.evaluate(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = id ? document.getElementById(id) : document.body;
    return {
      h1: document.querySelector('h1')?.textContent?.trim() ?? '',
      notFound: document.title.startsWith('Page not found'),
      target: el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null,
    };
  });
}

/** A page answered: 200, or 304 when the browser revalidated its copy; from disk there is no status. */
const ok = (status: number | undefined) => status === undefined || status === 200 || status === 304;

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();

/** A result's title as the heading reads it: quick-find prints "III.5 Ensure …" where the page has "5. Ensure …". */
const withoutNumber = (title: string) => fold(title.replace(/^(?:[IVXLC]+|\d+)(?:\.\d+)*\.?\s+/, '')).slice(0, 40);

describe.each(ENGINES.map((e) => [e] as const))('%s', (engine) => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser(engine);
    rmSync(join(tmpdir(), 'click-through'), { recursive: true, force: true });
    mkdirSync(DISK, { recursive: true });
    cpSync(DIST_OFFLINE, DISK, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    expect(session?.background ?? [], 'requests the browser tried to send off this machine').toEqual([]);
  });

  describe.each(MODES.map((m) => [m.name, m] as const))('%s', (_name, mode) => {
    let server: StaticServer | undefined;
    let root = '';
    let page: TestPage;
    /** A page URL of this mode from a path inside the site ("booklets/x/"). */
    const at = (path: string) =>
      mode.via === 'file' ? `${root}${path}${path === '' || path.endsWith('/') ? 'index.html' : ''}` : root + path;

    beforeAll(async () => {
      if (mode.via === 'file') root = pathToFileURL(join(DISK, '/')).href;
      else {
        server = await serve({ dir: mode.dir, base: mode.via.path });
        root = server.url;
      }
      page = await session.newPage({ scope: [root] });
    }, 60_000);
    afterAll(async () => {
      await page?.close();
      await server?.close();
    });

    it(`every result of ${QUERIES.length} real queries leads to a page that exists, onto what it names`, async () => {
      const problems: string[] = [];
      const followed = new Map<string, Landing>();
      let results = 0;
      let fullText = 0;
      for (const query of QUERIES) {
        await page.goto(at('booklets/introduction/'));
        const found = await searchFor(page, query);
        // Results link from the page the dialog was opened on.
        const from = page.url();
        if (found.length === 0) problems.push(`"${query}": no results`);
        if (found.some((r) => !r.quick)) fullText++;
        for (const r of found) {
          results++;
          const url = new URL(r.href, from).href;
          // Results of different queries often land on the same place: follow each once.
          const key = url.replace(/\?[^#]*/, '');
          let l = followed.get(key);
          if (!l) {
            l = await land(page, url);
            followed.set(key, l);
          }
          const where = `"${query}" → ${r.href}`;
          if (l.notFound || (l.status !== undefined && l.status !== 200))
            problems.push(`${where}: page not found (${l.status})`);
          else if (l.target === null) problems.push(`${where}: no element "${new URL(url).hash}" on the page`);
          else if (r.quick && new URL(url).hash && r.title && !fold(l.target).includes(withoutNumber(r.title)))
            problems.push(`${where}: lands on "${l.target.slice(0, 60)}", not on "${r.title}"`);
        }
      }
      expect(problems).toEqual([]);
      expect(results).toBeGreaterThan(QUERIES.length * 3);
      // Full text (Pagefind over HTTP, the passages index from disk) adds results beyond the quick matches.
      expect(fullText).toBeGreaterThanOrEqual(QUERIES.length / 2);
      expect(page.problems()).toEqual([]);
    }, 300_000);

    it('each wizard can be finished, and every link of its result leads somewhere real; so does every link of the plan', async () => {
      const problems: string[] = [];
      // Each wizard as the tools page lists it.
      await page.goto(at('tools/'));
      const listed = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('main a[href*="tools/"]')].map((a) => a.href),
      );
      const wizards = WIZARDS.map((id) => listed.find((h) => new RegExp(`tools/${id}/(index\\.html)?$`).test(h)));
      expect(wizards.filter((w) => !w)).toEqual([]);
      const links = new Set<string>();
      for (const start of wizards as string[]) {
        await page.goto(start);
        await islandsLive(page);
        // The first answer of each question, until a result shows (answering in place, or page by page).
        for (let step = 0; step < 40; step++) {
          if (await page.evaluate(() => document.querySelector('[data-outcome]') !== null)) break;
          const before = page.url();
          await page.click('.wizard__answer');
          // In place (the address gets the answers) or by loading the next page: either way the address changes.
          await page.waitForURL((u) => u.href !== before);
        }
        const result = await page.evaluate(() => {
          const outcome = document.querySelector('[data-outcome]');
          return outcome ? [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].map((a) => a.href) : null;
        });
        if (!result) problems.push(`${start}: no result after 40 answers`);
        for (const href of result ?? []) links.add(href);
      }
      for (const plan of Object.values(PLAN_KINDS)) {
        await page.goto(at(plan.url));
        await islandsLive(page);
        for (const href of await page.evaluate(() =>
          [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].map((a) => a.href),
        ))
          links.add(href);
      }
      for (const href of links) {
        if (!href.startsWith(root) || /\.(json|md|docx)$/.test(new URL(href).pathname)) continue;
        const l = await land(page, href);
        if (l.notFound || !ok(l.status)) problems.push(`${href}: page not found (${l.status})`);
        else if (l.target === null) problems.push(`${href}: no element "${new URL(href).hash}"`);
      }
      expect(problems).toEqual([]);
      expect(links.size).toBeGreaterThan(20);
      expect(page.problems()).toEqual([]);
    }, 300_000);
  });
});
