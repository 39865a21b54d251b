/**
 * What each page type costs at load, in Chromium over the local server:
 * every request until the network is idle, sized from the built files (raw
 * and gzipped, each file separately), and the scripts Chromium actually ran
 * (its JS coverage), so inline scripts count and JSON data scripts do not.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { GZIP_LEVEL, SEARCH_UI, type PageType } from './config.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface Resource extends Bytes {
  path: string;
  type: 'html' | 'css' | 'js' | 'other';
  /** Requested only after the search dialog was opened. */
  afterOpen: boolean;
}

export interface PageWeight {
  id: string;
  url: string;
  /** null: measured; otherwise why the row is not available. */
  unavailable: string | null;
  html: Bytes;
  css: Bytes & { files: number };
  /** JavaScript files requested. */
  jsFiles: Bytes & { files: number };
  /** Inline scripts Chromium ran (JSON data scripts excluded). */
  inlineJs: Bytes & { scripts: number };
  /** The inline search loader (part of inlineJs). */
  loader: Bytes | null;
  /** Other files (index chunks, WebAssembly, images, JSON). */
  other: Bytes & { files: number };
  /** All scripts Chromium ran: files + inline. */
  scriptsRun: number;
  requests: number;
  /** HTML + CSS + JS files, gzipped, summed (inline scripts are inside the HTML). */
  totalGzip: number;
  resources: Resource[];
}

const gz = (b: Buffer | string) => gzipSync(b, { level: GZIP_LEVEL }).length;
const bytesOf = (b: Buffer | string): Bytes => ({ raw: Buffer.byteLength(b), gzip: gz(b) });

function typeOf(path: string, resourceType: string): Resource['type'] {
  if (resourceType === 'document' || /\.html?$/.test(path) || path.endsWith('/')) return 'html';
  if (resourceType === 'stylesheet' || path.endsWith('.css')) return 'css';
  if (/\.m?js$/.test(path) || resourceType === 'script') return 'js';
  return 'other';
}

/** The built file behind a URL of the local server, if there is one. */
function fileFor(dist: string, base: string, url: string): string | undefined {
  let path = decodeURIComponent(new URL(url).pathname);
  if (!path.startsWith(base)) return undefined;
  path = path.slice(base.length);
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const file = join(dist, path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Wait until no request has been in flight for `quietMs` (at most `maxMs`). */
async function networkQuiet(page: Page, inflight: () => number, quietMs = 500, maxMs = 15_000) {
  const start = Date.now();
  let quietSince = Date.now();
  while (Date.now() - start < maxMs) {
    if (inflight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await page.waitForTimeout(50);
  }
}

export async function measurePage(
  browser: Browser,
  siteUrl: string,
  dist: string,
  type: PageType,
): Promise<PageWeight> {
  const base = new URL(siteUrl).pathname;
  const url = siteUrl + type.path;
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const requests: { url: string; resourceType: string; afterOpen: boolean; response?: Promise<Buffer | null> }[] = [];
  let opened = false;
  let inflight = 0;
  page.on('request', (r) => {
    inflight++;
    requests.push({ url: r.url(), resourceType: r.resourceType(), afterOpen: opened });
  });
  const done = () => {
    inflight = Math.max(0, inflight - 1);
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (res) => {
    const entry = requests.find((r) => r.url === res.url() && !r.response);
    if (entry) entry.response = res.body().catch(() => null);
  });

  let unavailable: string | null = null;
  try {
    await page.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: false });
    await page.goto(url, { waitUntil: 'load' });
    await networkQuiet(page, () => inflight);
    if (type.openSearch) {
      if (!(await page.$(SEARCH_UI.loader))) {
        unavailable = 'no search UI on the page (no script[data-search-loader])';
      } else {
        opened = true;
        await page.keyboard.press(SEARCH_UI.key);
        await page.waitForSelector(SEARCH_UI.open, { timeout: 10_000 });
        await networkQuiet(page, () => inflight, 800);
      }
    }
    const coverage = await page.coverage.stopJSCoverage();
    const loaderText = await page.$eval(SEARCH_UI.loader, (s) => s.textContent ?? '').catch(() => null);

    const resources: Resource[] = [];
    for (const r of requests) {
      const file = fileFor(dist, base, r.url);
      let body: Buffer | null = file ? readFileSync(file) : ((await r.response) ?? null);
      if (!body) body = Buffer.alloc(0);
      const path = new URL(r.url).pathname;
      resources.push({ path, type: typeOf(path, r.resourceType), afterOpen: r.afterOpen, ...bytesOf(body) });
    }
    const sum = (t: Resource['type']) => {
      const list = resources.filter((r) => r.type === t);
      return {
        raw: list.reduce((a, r) => a + r.raw, 0),
        gzip: list.reduce((a, r) => a + r.gzip, 0),
        files: list.length,
      };
    };
    const doc = resources.find((r) => r.type === 'html');
    const html: Bytes = doc ? { raw: doc.raw, gzip: doc.gzip } : { raw: 0, gzip: 0 };
    const htmlAll = sum('html');
    const css = sum('css');
    const jsFiles = sum('js');
    const other = sum('other');
    // Inline scripts: coverage entries whose URL is the page itself.
    const pageUrl = new URL(page.url());
    pageUrl.hash = '';
    const inline = coverage.filter((c) => c.url === pageUrl.href || c.url === url);
    const inlineJs = {
      raw: inline.reduce((a, c) => a + Buffer.byteLength(c.source ?? ''), 0),
      gzip: inline.reduce((a, c) => a + gz(c.source ?? ''), 0),
      scripts: inline.length,
    };
    return {
      id: type.id,
      url: type.path || '/',
      unavailable,
      html,
      css,
      jsFiles,
      inlineJs,
      loader: loaderText === null ? null : bytesOf(loaderText),
      other,
      scriptsRun: coverage.length,
      requests: requests.length,
      totalGzip: htmlAll.gzip + css.gzip + jsFiles.gzip,
      resources,
    };
  } finally {
    await context.close();
  }
}

export interface IslandSize {
  /** The island's kind (data-island) and its data's name. */
  name: string;
  /** A page that holds it (path inside the site). */
  page: string;
  /** Pages measured that hold it. */
  pages: number;
  script: Bytes & { path: string };
  data: (Bytes & { path: string }) | null;
  /** Whether a measured page fetched its script at load rather than on intent. */
  atLoad: boolean;
}

const ISLAND = /<div\b[^>]*\bdata-island="([^"]+)"[^>]*>/g;
const attrOf = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Every island on the measured pages, sized from the built files: its script
 * (`data-island-src`) and its data (`data-island-data`), raw and gzipped.
 */
export function islandSizes(dist: string, pages: PageWeight[]): IslandSize[] {
  const out = new Map<string, IslandSize>();
  const sized = (src: string) => {
    const path = src.replace(/\?.*$/, '').replace(/^(\.\.\/)+|^\//, '');
    const file = join(dist, path);
    const body = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    return { path, ...bytesOf(body) };
  };
  for (const p of pages) {
    const file = join(dist, p.url.replace(/^\//, ''), 'index.html');
    if (p.unavailable || !existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(ISLAND)) {
      const src = attrOf(m[0], 'data-island-src');
      if (!src) continue;
      const dataSrc = attrOf(m[0], 'data-island-data');
      const name = [m[1], attrOf(m[0], 'data-island-name')].filter(Boolean).join(' · ');
      const script = sized(src);
      const atLoad = p.resources.some((r) => r.path.endsWith(`/${script.path}`) && !r.afterOpen);
      const known = out.get(name);
      if (known) {
        known.pages++;
        known.atLoad ||= atLoad;
        continue;
      }
      out.set(name, { name, page: p.url, pages: 1, script, data: dataSrc ? sized(dataSrc) : null, atLoad });
    }
  }
  return [...out.values()];
}
