/**
 * Site search in a real browser, over the built site: the loader loads
 * nothing until intent; the dialog finds the passages people look for; it
 * works from the keyboard alone and passes axe-core while open; where Pagefind
 * cannot run, quick-find (Fuse.js) is the whole search and says so.
 *
 * Needs `npm run build` first (dist/ with dist/_client/, dist/_search/ and dist/pagefind/).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedBrowser } from '../support/served-browser';
import { DIST_OFFLINE, requireBuild, requireDist } from '../support/dist';

requireDist();
requireBuild(DIST_OFFLINE, 'npm run build:offline');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DIALOG = 'dialog.search-dialog';
const INPUT = '#search-input';
const OPTION = '[role="option"]';
/** The note over HTTP when Pagefind cannot start, and from disk. */
const NOTE = 'Full-text search could not start in this browser';
const DISK_NOTE = 'Opened from disk: full-text search needs a web server';

const env = servedBrowser();

/** A fresh context and tab; `setup` may route or script it before the page loads. */
async function newPage(
  options: { width?: number; javaScript?: boolean; setup?: (c: BrowserContext) => Promise<unknown> } = {},
) {
  const context = await env.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    javaScriptEnabled: options.javaScript ?? true,
    bypassCSP: true,
  });
  await options.setup?.(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** Open the dialog with "/" and type the query, key by key. */
async function search(page: Page, query: string) {
  await page.keyboard.press('/');
  await page.waitForSelector(`${DIALOG}[open]`);
  await page.keyboard.type(query);
  await settle(page, query);
}

/** Wait until the dialog has announced its results for `query` (Pagefind included, where it runs). */
async function settle(page: Page, query: string) {
  await page.waitForFunction(
    (q) => (document.querySelector('.search__status')?.textContent ?? '').includes(`“${q}”`),
    query,
    { timeout: 10_000 },
  );
}

const options = (page: Page) =>
  page.$$eval(OPTION, (os) =>
    os.map((o) => ({
      href: o.getAttribute('data-href') ?? '',
      text: o.textContent ?? '',
      quick: o.closest('[aria-labelledby="search-group-quick"]') !== null,
    })),
  );

async function axeViolations(page: Page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  }, AXE_TAGS);
}

describe('search loader', () => {
  it('loads no search code with the page, and loads it on intent (hover)', async () => {
    const { context, page, errors } = await newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${env.server.url}booklets/sectoral-certs/`, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const searchCode = () =>
      requested.filter((p) => /\/(_search|pagefind)\/|\/_client\/(search|highlight)\.js$/.test(p));
    expect(searchCode()).toEqual([]);
    expect(await page.evaluate(() => 'siteSearch' in window)).toBe(false);

    await page.hover('[data-search-button]');
    await page.waitForFunction(() => 'siteSearch' in window && 'siteQuickFind' in window);
    expect(searchCode().sort()).toEqual([
      `${new URL(env.server.url).pathname}_client/search.js`,
      `${new URL(env.server.url).pathname}_search/quickfind.js`,
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript, the header links to the documents and the glossary, and shows no search box', async () => {
    const { context, page } = await newPage({ javaScript: false });
    await page.goto(`${env.server.url}booklets/sectoral-certs/`);
    expect(await page.isVisible('[data-search-button]')).toBe(false);
    const links = await page.$$eval('.site-header__nav a', (as) => as.map((a) => a.getAttribute('href')));
    const base = new URL(env.server.url).pathname;
    expect(links).toEqual(expect.arrayContaining([`${base}#documents`, `${base}glossary/`]));
    await context.close();
  });
});

describe('search results', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await newPage());
  });
  afterAll(async () => {
    await context?.close();
  });

  const first = async (query: string) => {
    await page.goto(`${env.server.url}`);
    await search(page, query);
    const all = await options(page);
    expect(all.length, `no results for "${query}"`).toBeGreaterThan(0);
    return all;
  };

  it('"Traffic Light Protocol" leads first to booklet 3, section III.5', async () => {
    const [top] = await first('Traffic Light Protocol');
    expect(top!.href).toMatch(
      /booklets\/private-sector-cooperation\/\?highlight=[^#]*#iii-5-discretion-of-shared-information$/,
    );
    expect(top!.text).toContain('III.5 Ensure the discretion of shared information');
  });

  it('"UP KRITIS" leads first to booklet 3\'s examples', async () => {
    const [top] = await first('UP KRITIS');
    expect(top!.href).toMatch(/booklets\/private-sector-cooperation\/.*#example-up-kritis$/);
  });

  it('"CERTFin" leads first to booklet 2', async () => {
    const [top] = await first('CERTFin');
    expect(top!.href).toMatch(/booklets\/sectoral-certs\/.*#example-certfin$/);
  });

  it('"secretarait" (a typo) leads through quick-find to the guide\'s 2.2 hierarchy section', async () => {
    const [top] = await first('secretarait');
    expect(top!.quick).toBe(true);
    expect(top!.href).toMatch(/ppp-guide\/chapter-2\/\?highlight=secretariat#2-2-hierarchical-structure$/);
  });

  it('"Jakstas" without its diacritic finds the author', async () => {
    const all = await first('Jakstas');
    expect(all[0]!.href).toMatch(/booklets\/introduction\/.*#about-the-author$/);
  });

  it('adds full-text results from Pagefind after the quick matches, with sub-results and excerpts', async () => {
    const all = await first('confidentiality');
    const full = all.filter((o) => !o.quick);
    expect(full.length).toBeGreaterThan(0);
    expect(all.findIndex((o) => !o.quick)).toBeGreaterThanOrEqual(all.filter((o) => o.quick).length);
    expect(full.some((o) => /#[\w-]+$/.test(o.href))).toBe(true);
    expect(await page.$$eval('.search__excerpt mark', (ms) => ms.length)).toBeGreaterThan(0);
    expect(await page.isVisible(`text=${NOTE}`)).toBe(false);
  });

  it('filters by publication', async () => {
    await page.goto(`${env.server.url}`);
    await search(page, 'secretariat');
    await page.selectOption('#search-publication', 'booklets');
    await page.waitForTimeout(400);
    await settle(page, 'secretariat');
    const hrefs = (await options(page)).map((o) => o.href);
    expect(hrefs.every((h) => h.includes('/booklets/'))).toBe(true);
    await page.selectOption('#search-publication', 'ppp-guide');
    await page.waitForTimeout(400);
    await settle(page, 'secretariat');
    const guide = (await options(page)).map((o) => o.href);
    expect(guide.length).toBeGreaterThan(0);
    expect(guide.every((h) => h.includes('/ppp-guide/'))).toBe(true);
  });

  it('shows quick results within 100 ms of a keystroke', async () => {
    await page.goto(`${env.server.url}`);
    await page.keyboard.press('/');
    await page.waitForSelector(`${DIALOG}[open]`);
    await page.waitForFunction(() => 'siteQuickFind' in window);
    await page.waitForTimeout(200);
    const ms = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const input = document.querySelector<HTMLInputElement>('#search-input')!;
          const start = performance.now();
          const done = () => {
            if (document.querySelector('[role="option"]')) return resolve(performance.now() - start);
            requestAnimationFrame(done);
          };
          input.value = 'melani';
          input.dispatchEvent(new Event('input', { bubbles: true }));
          done();
        }),
    );
    expect(ms).toBeLessThan(100);
  });
});

describe('search from the keyboard alone', () => {
  it('opens with Ctrl+K and "/", moves with the arrows, closes with Escape back where focus was, and opens a result with Enter', async () => {
    const { context, page, errors } = await newPage();
    await page.goto(`${env.server.url}booklets/sectoral-certs/`);

    // Focus something first, as a keyboard user would have.
    await page.keyboard.press('Tab'); // skip link
    const before = await page.evaluate(() => document.activeElement?.textContent?.trim());
    await page.keyboard.press('Control+k');
    await page.waitForSelector(`${DIALOG}[open]`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');

    await page.keyboard.type('CERT');
    await settle(page, 'CERT');
    const active = () => page.getAttribute(INPUT, 'aria-activedescendant');
    expect(await active()).toBe('search-option-0');
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe('search-option-1');
    expect(await page.getAttribute('#search-option-1', 'aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    const count = (await options(page)).length;
    expect(await active()).toBe(`search-option-${count - 1}`); // wraps to the last

    await page.keyboard.press('Escape');
    await page.waitForSelector(`${DIALOG}:not([open])`, { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(before);

    // Tab to the search button and open it with Enter.
    await page.focus('[data-search-button]');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${DIALOG}[open]`);
    await page.fill(INPUT, '');
    await page.keyboard.type('secretarait');
    await settle(page, 'secretarait');
    const target = (await options(page))[0]!.href;
    await Promise.all([
      page.waitForURL((u) => u.href.endsWith(target.replace(/^\//, ''))),
      page.keyboard.press('Enter'),
    ]);
    expect(new URL(page.url()).hash).toBe('#2-2-hierarchical-structure');

    // The target page marks the words searched for.
    await page.waitForSelector('mark.search-hit');
    const marks = await page.$$eval('mark.search-hit', (ms) => ms.map((m) => m.textContent));
    expect(marks).toContain('secretariat');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('closing with the Close button returns focus to the search button', async () => {
    const { context, page } = await newPage();
    await page.goto(`${env.server.url}glossary/`);
    await page.focus('[data-search-button]');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${DIALOG}[open]`);
    await page.click('.search__close');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-button'))).toBe(true);
    await context.close();
  });
});

describe('search accessibility', () => {
  for (const [width, scheme] of [
    [1280, 'light'],
    [1280, 'dark'],
    [360, 'light'],
    [360, 'dark'],
  ] as const) {
    it(`has no axe-core violations with the dialog open and results shown (${width} px, ${scheme})`, async () => {
      const { context, page } = await newPage({ width });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${env.server.url}booklets/private-sector-cooperation/`);
      await search(page, 'information sharing');
      expect((await options(page)).length).toBeGreaterThan(3);
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page)).toEqual([]);
      // At 360 px the dialog fills the screen and nothing scrolls sideways.
      if (width === 360) {
        const box = await page.$eval(DIALOG, (d) => d.getBoundingClientRect().toJSON() as DOMRect);
        expect(box.width).toBeLessThanOrEqual(360);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      }
      await context.close();
    });
  }

  it('announces the number of results in a live region', async () => {
    const { context, page } = await newPage();
    await page.goto(`${env.server.url}`);
    await search(page, 'CERTFin');
    expect(await page.getAttribute('.search__status', 'role')).toBe('status');
    expect(await page.textContent('.search__status')).toMatch(/^\d+ results? for “CERTFin”$/);
    await context.close();
  });
});

describe('quick-find alone where Pagefind cannot run', () => {
  it("falls back to quick-find and every paragraph, with a one-line note, when Pagefind's files fail to load", async () => {
    const { context, page, errors } = await newPage({
      setup: (c) => c.route('**/pagefind/**', (route) => route.abort('failed')),
    });
    await page.goto(`${env.server.url}booklets/sectoral-certs/`);
    await search(page, 'secretarait');
    await page.waitForSelector(`text=${NOTE}`);
    const all = await options(page);
    expect(all[0]!.quick).toBe(true);
    expect(all[0]!.href).toMatch(/#2-2-hierarchical-structure$/);
    // A word spelt right finds the paragraphs that hold it, from the passages index.
    await page.fill(INPUT, 'secretariat');
    await settle(page, 'secretariat');
    const paragraphs = (await options(page)).filter((o) => !o.quick);
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(
      paragraphs.every((o) => /\/ppp-guide\/chapter-2\/\?highlight=secretariat#2-2-[\w-]+-p\d+$/.test(o.href)),
    ).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('falls back when the browser has no WebAssembly', async () => {
    const { context, page } = await newPage({
      setup: (c) => c.addInitScript(() => Reflect.deleteProperty(globalThis, 'WebAssembly')),
    });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${env.server.url}`);
    await search(page, 'CERTFin');
    expect(await page.isVisible(`text=${NOTE}`)).toBe(true);
    expect((await options(page))[0]!.href).toMatch(/#example-certfin$/);
    expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await context.close();
  });

  it('works from disk (file://, the offline bundle): results link to index.html files', async () => {
    const { context, page } = await newPage();
    await page.goto(pathToFileURL(join(DIST_OFFLINE, 'booklets', 'sectoral-certs', 'index.html')).href);
    await search(page, 'UP KRITIS');
    expect(await page.isVisible(`text=${DISK_NOTE}`)).toBe(true);
    const [top] = await options(page);
    const expected = pathToFileURL(join(DIST_OFFLINE, 'booklets', 'private-sector-cooperation', 'index.html')).href;
    expect(new URL(top!.href, page.url()).href.replace(/[?#].*$/, '')).toBe(expected);
    await context.close();
  });
});
