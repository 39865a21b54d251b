/**
 * The two engines the click-through tests run in (tests/support/engines.ts),
 * Chromium and Firefox ESR, proven on the same code:
 *
 * - the page record catches failed loads, console and script errors, CSP
 *   violations and requests outside the scope, over HTTP and from file://;
 * - what each engine refuses from file:// (module scripts, fetch, workers,
 *   storage shared between pages…), so the offline bundle knows what it may use;
 * - the offline bundle opened from a folder whose path has spaces and
 *   non-ASCII letters: styled pages, quick-find, its result followed, islands;
 * - the offline bundle served at a sub-path: quick and full-text results;
 * - and, over the whole session, the browser itself reached nothing but 127.0.0.1.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPABILITIES, type Capabilities, probeCapabilities, writeProbe } from '../support/capabilities';
import { DIST_OFFLINE, requireBuild } from '../support/dist';
import { type BrowserSession, ENGINES, type Engine, openBrowser, type TestPage } from '../support/engines';
import { cssApplied } from '../support/not-found';
import { reachIsland } from '../support/islands';
import { type StaticServer, serve } from '../support/server';

requireBuild(DIST_OFFLINE, 'npm run build:offline');

/** Where "Traffic Light Protocol" is defined: booklet 3, section III.5. */
const TLP_PAGE = 'booklets/private-sector-cooperation/index.html';
const QUERY = 'Traffic Light Protocol';
/** A host that cannot exist: what the page asks of it must show in the records and at the sink. */
const OUTSIDE = 'http://outside.invalid/pixel.png';

/** Measured with Debian's chromium 156 and firefox-esr 153: the same in both engines but for the last line. */
const FROM_DISK: Record<Engine, Capabilities> = {
  chromium: {
    'classic script': 'works',
    'module script': 'refused',
    'dynamic import': 'refused',
    fetch: 'refused',
    XMLHttpRequest: 'refused',
    worker: 'refused',
    'iframe document': 'refused',
    localStorage: 'works',
    sessionStorage: 'works',
    indexedDB: 'works',
    'history.pushState': 'works',
    'localStorage of another page': 'works',
  },
  firefox: {
    'classic script': 'works',
    'module script': 'refused',
    'dynamic import': 'refused',
    fetch: 'refused',
    XMLHttpRequest: 'refused',
    worker: 'refused',
    'iframe document': 'refused',
    localStorage: 'works',
    sessionStorage: 'works',
    indexedDB: 'works',
    'history.pushState': 'works',
    // Each file is its own origin (security.fileuri.strict_origin_policy, on for readers): what the
    // wizard saves on its page, the plan page in another folder does not see.
    'localStorage of another page': 'refused',
  },
};

/** A page that does everything the record must catch. */
const FAULTY = {
  'faulty.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>faulty</title>
<meta http-equiv="content-security-policy" content="script-src 'self' file:">
<link rel="stylesheet" href="missing.css"></head><body>
<img src="${OUTSIDE}" alt="">
<script>window.inlineRan = true;</script>
<script src="faulty.js"></script></body></html>`,
  'faulty.js': `console.error('faulty: logged');\nsetTimeout(() => { throw new Error('faulty: thrown'); });\n`,
};

/** Every island pointed at (a tool's question page starts only when the reader reaches for it), then live. */
async function hydrated(page: TestPage) {
  const count = await page.evaluate(() => document.querySelectorAll('[data-island]').length);
  for (let i = 0; i < count; i++) await page.evaluate(reachIsland, i);
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-island]')].every((el) => el.hasAttribute('data-live')),
    undefined,
  );
}

/** Presses "/", types the query, and returns the options once the dialog has announced its results. */
async function search(page: TestPage, query: string) {
  await page.press('/');
  await page.waitForSelector('dialog.search-dialog[open]');
  await page.type(query);
  await page.waitForFunction(
    (q) => (document.querySelector('.search__status')?.textContent ?? '').includes(`“${q}”`),
    query,
  );
  return page.evaluate(() =>
    [...document.querySelectorAll('[role="option"]')].map((o) => ({
      href: o.getAttribute('data-href') ?? '',
      quick: o.closest('[aria-labelledby="search-group-quick"]') !== null,
    })),
  );
}

/** After Enter on the first result: the page, styled, scrolled to the element its fragment names. */
async function landed(page: TestPage) {
  await page.waitForURL((u) => decodeURIComponent(u.pathname).endsWith(`/${TLP_PAGE}`));
  const styled = await page.evaluate(cssApplied);
  const { h1, target } = await page.evaluate(() => ({
    h1: document.querySelector('h1')?.textContent ?? '',
    target: location.hash === '' || document.getElementById(decodeURIComponent(location.hash.slice(1))) !== null,
  }));
  return { styled, h1, target };
}

describe.each(ENGINES)('%s', (engine) => {
  let session: BrowserSession;
  let work: string;
  let probeServer: StaticServer;

  beforeAll(async () => {
    session = await openBrowser(engine);
    work = mkdtempSync(join(tmpdir(), `engines-${engine}-`));
    writeProbe(join(work, 'probe'));
    for (const [name, text] of Object.entries(FAULTY)) writeFileSync(join(work, 'probe', name), text);
    probeServer = await serve({ dir: join(work, 'probe'), base: '/probe/' });
  });
  afterAll(async () => {
    await session?.close();
    await probeServer?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it.each(['http', 'file'] as const)(
    'records what a page does wrong (%s): a failed load, an outside request, CSP, console and script errors',
    async (via) => {
      const root = via === 'http' ? probeServer.url : pathToFileURL(join(work, 'probe', '/')).href;
      const page = await session.newPage();
      await page.goto(`${root}faulty.html`);
      await new Promise((r) => setTimeout(r, 300)); // the thrown error comes from a timer
      const { record } = page;
      expect(
        record.failed.some((f) => f.startsWith(`${root}missing.css `)),
        record.failed.join('\n'),
      ).toBe(true);
      expect(record.outside).toContain(OUTSIDE);
      expect(record.csp.join('\n')).toMatch(/script-src(-elem)? blocked \(?inline\)?/);
      expect(record.consoleErrors.join('\n')).toContain('faulty: logged');
      expect(record.pageErrors.join('\n')).toContain('faulty: thrown');
      expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
      await page.close();
    },
  );

  it('from file:// refuses module scripts, fetch, workers and frames; runs classic scripts; keeps storage per its rules', async () => {
    const page = await session.newPage();
    const fromDisk = await probeCapabilities(page, pathToFileURL(join(work, 'probe', '/')).href);
    const overHttp = await probeCapabilities(page, probeServer.url);
    await page.close();
    expect(fromDisk).toEqual(FROM_DISK[engine]);
    expect(overHttp).toEqual(Object.fromEntries(CAPABILITIES.map((c) => [c, 'works'])));
  });

  it('the offline bundle from "…/Vodič za sigurnost/": styled, quick-find finds and opens the passage, islands run', async () => {
    const folder = join(work, 'Vodič za sigurnost');
    mkdirSync(folder);
    cpSync(DIST_OFFLINE, folder, { recursive: true });
    const root = pathToFileURL(join(folder, '/')).href;
    expect(root).toContain('Vodi%C4%8D%20za%20sigurnost');
    const page = await session.newPage({ scope: [root] });

    await page.goto(`${root}glossary/index.html`);
    expect(await page.evaluate(cssApplied)).toBe(true);
    const options = await search(page, QUERY);
    expect(options.length).toBeGreaterThan(0);
    expect(options[0]!.quick).toBe(true); // from disk, Pagefind cannot run; the passages index adds paragraphs
    expect(new URL(options[0]!.href, page.url()).href.startsWith(`${root}${TLP_PAGE}`)).toBe(true);
    await page.waitForSelector('.search__note');
    await page.press('Enter');
    expect(await landed(page)).toMatchObject({ styled: true, target: true, h1: expect.stringMatching(/\S/) });

    await page.goto(`${root}tools/tlp/index.html`);
    await hydrated(page);
    expect(page.problems()).toEqual([]);
    await page.close();
  });

  it('the offline bundle served at /some/deep/path/: quick and full-text results, the first one opened', async () => {
    const server = await serve({ dir: DIST_OFFLINE, base: '/some/deep/path/' });
    try {
      const page = await session.newPage({ scope: [server.url] });
      await page.goto(`${server.url}glossary/index.html`);
      expect(await page.evaluate(cssApplied)).toBe(true);
      await search(page, QUERY);
      // Pagefind (WebAssembly, a worker) answers after quick-find: its results join the list.
      await page.waitForFunction(
        () => document.querySelectorAll('[role="option"]:not([aria-labelledby="search-group-quick"] *)').length > 0,
        undefined,
      );
      await page.press('Enter');
      expect(await landed(page)).toMatchObject({ styled: true, target: true });
      expect(page.url().startsWith(server.url)).toBe(true);
      expect(page.problems()).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  });

  // Last: it judges the whole session.
  it("the browser itself reached nothing outside 127.0.0.1 (the sink proxy saw only the probe page's request)", async () => {
    const page = await session.newPage();
    await page.goto(`${probeServer.url}other/index.html`);
    expect(page.record.outside).toEqual([]);
    await page.close();
    const outsideHost = new URL(OUTSIDE).host;
    expect(session.background.some((r) => r.includes(outsideHost))).toBe(true);
    expect(session.background.filter((r) => !r.includes(outsideHost))).toEqual([]);
  });
});
