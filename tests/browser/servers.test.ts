/**
 * The shipped sample configurations on real servers (tests/support/web-servers.ts):
 * nginx and Apache, each serving the offline bundle at /intranet/cyber/, the
 * web build at / and the /guide/ web build at /guide/, configured as the
 * hosting page tells an admin. Each answers pages, styles, scripts and the
 * search index with their types, sends the headers its sample promises, and
 * answers a missing address 404 with the site's 404 page; and that page,
 * opened in a browser at depth, is styled and its links lead somewhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, DIST_GUIDE, DIST_OFFLINE, GUIDE_BASE, filesIn, requireBuild, requireDist } from '../support/dist';
import { type BrowserSession, openBrowser, type TestPage } from '../support/engines';
import { viewNotFound } from '../support/not-found';
import { startWebServer, WEB_SERVERS, type WebServer, type WebServerKind } from '../support/web-servers';

requireDist();
requireBuild(DIST_OFFLINE, 'npm run build:offline');
requireBuild(DIST_GUIDE, 'npm run build:guide');

const SAMPLES = join(import.meta.dirname, '..', '..', 'src', 'integrations', 'server-config');

/** The headers a sample sets on every answer, as it writes them: name → value. */
function promisedHeaders(kind: WebServerKind): Map<string, string> {
  const sample = readFileSync(join(SAMPLES, kind === 'nginx' ? 'nginx.conf' : 'htaccess'), 'utf8');
  const line =
    kind === 'nginx' ? /^\s*add_header (\S+) "([^"]*)" always;/gm : /^\s*Header always set (\S+) "([^"]*)"/gm;
  return new Map([...sample.matchAll(line)].filter(([, name]) => name !== 'Cache-Control').map(([, n, v]) => [n!, v!]));
}

interface Deployment {
  name: string;
  dir: string;
  path: string;
  /** Whether its links name folders (the web builds) or their index.html (the offline bundle). */
  folders: boolean;
}

const DEPLOYMENTS: Deployment[] = [
  { name: 'offline bundle at /intranet/cyber/', dir: DIST_OFFLINE, path: '/intranet/cyber/', folders: false },
  { name: 'web build at /', dir: DIST, path: '/', folders: true },
  { name: `web build for ${GUIDE_BASE} at ${GUIDE_BASE}`, dir: DIST_GUIDE, path: GUIDE_BASE, folders: true },
];

let browser: BrowserSession;
beforeAll(async () => {
  browser = await openBrowser('chromium');
});
afterAll(async () => {
  await browser?.close();
});

describe.each(WEB_SERVERS.flatMap((kind) => DEPLOYMENTS.map((d) => [`${kind}: ${d.name}`, kind, d] as const)))(
  '%s',
  (_name, kind, d) => {
    let server: WebServer;
    let page: TestPage;
    const get = (path: string) => fetch(server.url + path, { redirect: 'manual' });

    beforeAll(async () => {
      server = await startWebServer(kind, { dir: d.dir, path: d.path });
      page = await browser.newPage();
    });
    afterAll(async () => {
      await page?.close();
      await server?.stop();
    });

    it('serves the pages, and redirects a folder without its final slash', async () => {
      const home = await get('');
      expect(home.status).toBe(200);
      expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await home.text()).toBe(readFileSync(join(d.dir, 'index.html'), 'utf8'));
      expect((await get(d.folders ? 'glossary/' : 'glossary/index.html')).status).toBe(200);
      const bare = await get('glossary');
      expect(bare.status).toBe(301);
      expect(new URL(bare.headers.get('location')!, server.url).href).toBe(`${server.url}glossary/`);
      if (d.path !== '/') {
        const top = await fetch(server.url.slice(0, -1), { redirect: 'manual' });
        expect(top.status).toBe(301);
        expect(new URL(top.headers.get('location')!, server.url).href).toBe(server.url);
      }
    });

    it('answers styles, scripts, the icon and the search index with their MIME types', async () => {
      const html = await (await get('')).text();
      const css = /<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!;
      const files = filesIn(d.dir, '');
      const pfMeta = files.find((f) => f.endsWith('.pf_meta'))!;
      const expected: [string, string][] = [
        [new URL(css, server.url).href, 'text/css; charset=utf-8'],
        [`${server.url}pagefind/pagefind.js`, 'text/javascript; charset=utf-8'],
        [`${server.url}favicon.svg`, 'image/svg+xml; charset=utf-8'],
        [`${server.url}${pfMeta}`, 'application/octet-stream'],
        [`${server.url}_server-config/nginx.conf`, 'text/plain; charset=utf-8'],
      ];
      const got = await Promise.all(
        expected.map(async ([url]) => {
          const res = await fetch(url);
          await res.arrayBuffer();
          return [url, `${res.status} ${res.headers.get('content-type')}`];
        }),
      );
      expect(got).toEqual(expected.map(([url, type]) => [url, `200 ${type}`]));
    });

    it('sends the security headers its sample promises, on pages and on missing addresses', async () => {
      const promised = promisedHeaders(kind);
      expect([...promised.keys()]).toEqual(
        expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy']),
      );
      for (const path of ['', 'a/b/missing']) {
        const res = await get(path);
        await res.arrayBuffer();
        for (const [name, value] of promised)
          expect(`${path}: ${name}: ${res.headers.get(name)}`).toBe(`${path}: ${name}: ${value}`);
      }
    });

    it('lets pages revalidate and keeps the hashed files under _astro/ for a year', async () => {
      const html = await (await get('')).text();
      const css = new URL(/<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!, server.url).href;
      expect((await get('')).headers.get('cache-control')).toBe('no-cache');
      expect((await fetch(css)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    });

    it("answers a missing address 404 with the site's 404 page, at the top and deeper", async () => {
      const notFound = readFileSync(join(d.dir, '404.html'), 'utf8');
      for (const path of ['missing.html', 'a/b/missing', 'booklets/missing/']) {
        const res = await get(path);
        expect(`${path}: ${res.status} ${res.headers.get('content-type')}`).toBe(
          `${path}: 404 text/html; charset=utf-8`,
        );
        expect(await res.text(), path).toBe(notFound);
      }
    });

    it('does not serve the .htaccess file', async () => {
      expect([403, 404]).toContain((await get('.htaccess')).status);
    });

    it("in a browser, the 404 page next to the guide's home is styled and its links work", async () => {
      const view = await viewNotFound(page, `${server.url}missing.html`);
      expect(view).toMatchObject({ status: 404, styled: true, brokenLinks: [] });
      expect(view.title).toMatch(/^Page not found/);
    });

    // The offline bundle's 404 page links relatively: it inlines its styles and finds the root itself.
    it('in a browser, the 404 page two folders deep is styled and its links work', async () => {
      const view = await viewNotFound(page, `${server.url}a/b/missing`);
      expect(view).toMatchObject({ status: 404, styled: true, brokenLinks: [] });
    });
  },
);
