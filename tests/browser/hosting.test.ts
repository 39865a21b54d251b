/**
 * The guide wherever IT staff put it (docs/arch/0002-offline-bundle.md), in Chromium:
 *
 * - the offline bundle (dist-offline/, `npm run build:offline`) opened from
 *   disk (file://), served at "/", and served at "/some/deep/path/";
 * - the web build with BASE_PATH=/guide/ (dist-guide/, `npm run build:guide`)
 *   served at "/guide/", and the plain web build (dist/) at "/".
 *
 * For each: every link in the files leads to a file that exists; every page
 * (all but the wizard states, and a sample of those) loads with its CSS, with
 * no request failing, none outside the site's folder, no Content-Security-
 * Policy violation and no script error; search finds "Traffic Light Protocol"
 * (quick-find from disk, Pagefind as well over HTTP); a wizard completes.
 * Then: the offline bundle's wizards without JavaScript and where the browser
 * refuses history.pushState; and the zip, extracted into a folder whose name
 * has spaces and a non-ASCII letter.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enumeratePaths } from '../../src/lib/wizard/paths';
import type { WizardTree } from '../../src/lib/wizard/types';
import { readBuiltManifest } from '../../src/integrations/built-manifest';
import { launchBrowser } from '../support/browser';
import { islandsLive } from '../support/islands';
import { DIST, DIST_GUIDE, DIST_OFFLINE, GUIDE_BASE, filesIn, requireBuild, requireDist } from '../support/dist';
import { brokenLinks, pagesToVisit, stylesApplied, watch, type LinkCheckOptions, type Watch } from '../support/hosting';
import { serve, type StaticServer } from '../support/server';

requireDist();
requireBuild(DIST_OFFLINE, 'npm run build:offline');
requireBuild(DIST_GUIDE, 'npm run build:guide');

const TREES = readBuiltManifest(DIST).trees as WizardTree[];
const TLP = TREES.find((t) => t.id === 'tlp')!;
const TLP_PATH = enumeratePaths(TLP).at(-1)!;
/** Where "Traffic Light Protocol" is defined: booklet 3, section III.5. */
const TLP_PAGE = 'booklets/private-sector-cooperation/';

interface Deployment {
  name: string;
  dir: string;
  /** How the files are reached: from disk, or served under a path. */
  via: 'file' | { path: string };
  links: LinkCheckOptions;
  /** Whether its links name index.html (the offline bundle) or folders (the web build). */
  indexFiles: boolean;
}

const DEPLOYMENTS: Deployment[] = [
  {
    name: 'offline bundle from disk (file://)',
    dir: DIST_OFFLINE,
    via: 'file',
    links: { mode: 'relative' },
    indexFiles: true,
  },
  {
    name: 'offline bundle served at /',
    dir: DIST_OFFLINE,
    via: { path: '/' },
    links: { mode: 'relative' },
    indexFiles: true,
  },
  {
    name: 'offline bundle served at /some/deep/path/',
    dir: DIST_OFFLINE,
    via: { path: '/some/deep/path/' },
    links: { mode: 'relative' },
    indexFiles: true,
  },
  {
    name: `web build with BASE_PATH=${GUIDE_BASE}, served there`,
    dir: DIST_GUIDE,
    via: { path: GUIDE_BASE },
    links: { mode: { base: GUIDE_BASE } },
    indexFiles: false,
  },
  { name: 'web build served at /', dir: DIST, via: { path: '/' }, links: { mode: { base: '/' } }, indexFiles: false },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** "booklets/x/index.html" -> its URL under `root`: the file itself from disk, its folder when served. */
function pageUrl(root: string, file: string, fromDisk: boolean): string {
  const path = fromDisk ? file : file.replace(/(^|\/)index\.html$/, '$1');
  return root + path.split('/').map(encodeURIComponent).join('/');
}

/** Opens search with "/" and types the query; resolves once the dialog has announced its results. */
async function search(page: Page, query: string) {
  await page.keyboard.press('/');
  await page.waitForSelector('dialog.search-dialog[open]');
  await page.keyboard.type(query);
  await page.waitForFunction(
    (q) => (document.querySelector('.search__status')?.textContent ?? '').includes(`“${q}”`),
    query,
    { timeout: 15_000 },
  );
}

/** The answer link for `answerId` on the current question (".../<id>/" on the web, ".../<id>/index.html" offline). */
const answerLink = (page: Page, answerId: string, indexFiles: boolean) =>
  page.locator(`.wizard__answer[href$="/${answerId}/${indexFiles ? 'index.html' : ''}"]`);

/** Answers a tree's questions along `answers` and returns the outcome reached. */
async function completeWizard(
  page: Page,
  tree: WizardTree,
  answers: readonly string[],
  indexFiles: boolean,
  js: boolean,
) {
  for (const [i, answerId] of answers.entries()) {
    await answerLink(page, answerId, indexFiles).click();
    const done = answers.slice(0, i + 1);
    // In place (the address carries the answers) or by loading the next pre-rendered page.
    await page.waitForFunction(
      ({ id, state, path }) =>
        new URLSearchParams(location.search).get(id) === state ||
        decodeURIComponent(location.pathname)
          .replace(/index\.html$/, '')
          .endsWith(path),
      { id: tree.id, state: [tree.version, ...done].join('.'), path: `/tools/${tree.id}/${done.join('/')}/` },
    );
    if (js) await islandsLive(page);
  }
  return page.locator('[data-outcome]').getAttribute('data-outcome');
}

function report(w: Watch): string[] {
  return [
    ...w.failed.map((f) => `failed: ${f}`),
    ...w.outside.map((o) => `outside the site's folder: ${o}`),
    ...w.csp.map((c) => `CSP: ${c}`),
    ...w.errors.map((e) => `script error: ${e}`),
  ];
}

describe.each(DEPLOYMENTS.map((d) => [d.name, d] as const))('%s', (_name, d) => {
  const fromDisk = d.via === 'file';
  let server: StaticServer | undefined;
  let root = '';
  let context: BrowserContext;
  let w: Watch;

  beforeAll(async () => {
    if (d.via === 'file') root = pathToFileURL(join(d.dir, '/')).href;
    else {
      server = await serve({ dir: d.dir, base: d.via.path });
      root = server.url;
    }
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    w = await watch(context, root);
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('every link and asset reference in its files leads to a file that exists', () => {
    const problems = brokenLinks(d.dir, d.links);
    expect(problems, `${problems.length} broken link(s):\n${problems.slice(0, 50).join('\n')}`).toEqual([]);
  });

  it('every page loads with its CSS: no request fails, none leaves the folder, no CSP violation, no script error', async () => {
    const page = await context.newPage();
    const unstyled: string[] = [];
    const files = pagesToVisit(d.dir);
    for (const file of files) {
      // Served, the 404 page is what a missing address gets; from disk it is opened as it is.
      const missing = file === '404.html' && !fromDisk;
      const url = missing ? `${root}no-such-page.html` : pageUrl(root, file, fromDisk);
      if (missing) w.expectFailure(url);
      const res = await page.goto(url, { waitUntil: 'load' });
      if (!fromDisk) expect(res?.status(), url).toBe(missing ? 404 : 200);
      if (!(await stylesApplied(page))) unstyled.push(file);
      if (await page.locator('[data-island]').count()) await islandsLive(page);
    }
    await page.close();
    expect(unstyled, 'pages whose CSS did not load').toEqual([]);
    expect(report(w)).toEqual([]);
    expect(files.length).toBeGreaterThan(20); // 27 with a sample of the wizard states
  });

  it('search finds "Traffic Light Protocol" and opens the passage', async () => {
    w.clear();
    const page = await context.newPage();
    await page.goto(pageUrl(root, 'glossary/index.html', fromDisk));
    await search(page, 'Traffic Light Protocol');
    const options = await page.$$eval('[role="option"]', (os) =>
      os.map((o) => ({
        href: o.getAttribute('data-href') ?? '',
        quick: o.closest('[aria-labelledby="search-group-quick"]') !== null,
      })),
    );
    expect(options.length).toBeGreaterThan(0);
    const first = new URL(options[0]!.href, page.url());
    expect(decodeURIComponent(first.pathname)).toMatch(
      new RegExp(`/${TLP_PAGE}${d.indexFiles || fromDisk ? 'index\\.html' : ''}$`),
    );
    if (fromDisk) await page.waitForSelector('.search__note');
    // Over HTTP Pagefind runs too (WebAssembly, its worker): its results follow the quick ones.
    else
      await expect
        .poll(
          () =>
            page
              .locator('[role="option"]')
              .evaluateAll((os) => os.filter((o) => !o.closest('[aria-labelledby="search-group-quick"]')).length),
          { timeout: 15_000 },
        )
        .toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => decodeURIComponent(u.pathname).includes(`/${TLP_PAGE}`));
    await page.waitForLoadState('load');
    expect(await stylesApplied(page)).toBe(true);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    await page.close();
    expect(report(w)).toEqual([]);
  });

  it(`the ${TLP.id} wizard completes, answering in place`, async () => {
    w.clear();
    const page = await context.newPage();
    await page.goto(pageUrl(root, `tools/${TLP.id}/index.html`, fromDisk));
    await islandsLive(page);
    let loads = 0;
    page.on('load', () => loads++);
    expect(await completeWizard(page, TLP, TLP_PATH.answers, d.indexFiles, true)).toBe(TLP_PATH.outcome);
    expect(loads, 'no page load while answering').toBe(0);
    await page.close();
    expect(report(w)).toEqual([]);
  });
});

describe('offline bundle from disk: wizards without help from the browser', () => {
  const root = pathToFileURL(join(DIST_OFFLINE, '/')).href;

  it('a wizard completes by following links alone, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const w = await watch(context, root);
    const page = await context.newPage();
    await page.goto(`${root}tools/${TLP.id}/index.html`);
    expect(await completeWizard(page, TLP, TLP_PATH.answers, true, false)).toBe(TLP_PATH.outcome);
    expect(page.url()).toBe(`${root}tools/${TLP.id}/${TLP_PATH.answers.join('/')}/index.html`);
    await context.close();
    expect(report(w)).toEqual([]);
  });

  it('where history.pushState is refused (SecurityError), answering follows the links instead', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      history.pushState = () => {
        throw new DOMException('pushState refused for file: URLs', 'SecurityError');
      };
    });
    const w = await watch(context, root);
    const page = await context.newPage();
    await page.goto(`${root}tools/${TLP.id}/index.html`);
    await islandsLive(page);
    expect(await completeWizard(page, TLP, TLP_PATH.answers, true, true)).toBe(TLP_PATH.outcome);
    expect(page.url()).toBe(`${root}tools/${TLP.id}/${TLP_PATH.answers.join('/')}/index.html`);
    await context.close();
    expect(report(w)).toEqual([]);
  });
});

describe('the zip of the offline bundle', () => {
  const readme = readFileSync(join(DIST_OFFLINE, 'README.txt'), 'utf8');
  const [, version, date] = /version (\S+) of (\d{4}-\d{2}-\d{2})/.exec(readme) ?? [];
  const name = `cybersecurity-governance-guide-${version}-${date}`;
  const zipFile = join(dirname(DIST_OFFLINE), `${name}.zip`);
  /** A folder with spaces and a non-ASCII letter, as a Croatian or Serbian colleague might name it. */
  const target = join(tmpdir(), 'Vodič za sigurnost');

  afterAll(() => rmSync(target, { recursive: true, force: true }));

  it('is named after the package version and the build date, next to dist-offline/, and holds the whole folder', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(version).toBe(pkg.version);
    expect(existsSync(zipFile), `${zipFile} is missing: run "npm run build:offline"`).toBe(true);
    const files = Object.keys(unzipSync(readFileSync(zipFile))).filter((f) => !f.endsWith('/'));
    expect(files.every((f) => f.startsWith(`${name}/`))).toBe(true);
    expect(files.map((f) => f.slice(name.length + 1)).sort()).toEqual(filesIn(DIST_OFFLINE, '').sort());
    for (const f of [
      'index.html',
      'README.txt',
      '.htaccess',
      'web.config',
      '_server-config/nginx.conf',
      'hosting/index.html',
    ])
      expect(files).toContain(`${name}/${f}`);
  });

  it(`extracted into "${target}", works from disk: styles, links, quick-find, a wizard`, async () => {
    rmSync(target, { recursive: true, force: true });
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zipFile)))) {
      if (path.endsWith('/')) continue;
      const full = join(target, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, bytes);
    }
    expect(readdirSync(target)).toEqual([name]);
    const root = pathToFileURL(join(target, name, '/')).href;
    expect(root).toContain('Vodi%C4%8D%20za%20sigurnost');

    const context = await browser.newContext();
    const w = await watch(context, root);
    const page = await context.newPage();
    await page.goto(`${root}index.html`);
    expect(await stylesApplied(page)).toBe(true);
    // Reading: from the home page to a document, by its link.
    await page.locator(`main a[href="./${TLP_PAGE}index.html"]`).click();
    await page.waitForURL(`${root}${TLP_PAGE}index.html`);
    expect(await stylesApplied(page)).toBe(true);
    // Quick-find.
    await search(page, 'Traffic Light Protocol');
    const first = await page.locator('[role="option"]').first().getAttribute('data-href');
    expect(new URL(first!, page.url()).href.startsWith(`${root}${TLP_PAGE}index.html`)).toBe(true);
    await page.keyboard.press('Escape');
    // A wizard.
    await page.goto(`${root}tools/${TLP.id}/index.html`);
    await islandsLive(page);
    expect(await completeWizard(page, TLP, TLP_PATH.answers, true, true)).toBe(TLP_PATH.outcome);
    await context.close();
    expect(report(w)).toEqual([]);
  });
});
