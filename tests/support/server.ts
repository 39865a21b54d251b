/**
 * A static file server for the built site, for browser and link tests.
 *
 * sirv does the file serving (MIME types, index.html for folders, ranges, HEAD);
 * this file only adds what a static host does around it: a redirect from
 * `/folder` to `/folder/` (the site is built with trailingSlash 'always'), the
 * site's 404.html with status 404 for misses, and an optional base path.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { DIST } from './dist.ts';

export interface StaticServer {
  /** Origin plus base path, always ending in "/", e.g. http://127.0.0.1:41234/ */
  url: string;
  /** The origin alone, e.g. http://127.0.0.1:41234 */
  origin: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Folder to serve; dist/ (or $DIST_DIR) by default. */
  dir?: string;
  /** Sub-path the site is served under; $BASE_PATH or "/" by default (as in astro.config.mjs). */
  base?: string;
}

export async function serve(options: ServeOptions = {}): Promise<StaticServer> {
  const dir = resolve(options.dir ?? DIST);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(`Cannot serve ${dir}: no such folder. Run "npm run build" first.`);
  }
  let base = options.base ?? process.env.BASE_PATH ?? '/';
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;

  const notFoundPage = join(dir, '404.html');
  const notFound = (_req: IncomingMessage, res: ServerResponse) => {
    res.statusCode = 404;
    if (existsSync(notFoundPage)) {
      res.setHeader('Content-Type', 'text/html;charset=utf-8');
      res.end(readFileSync(notFoundPage));
    } else {
      res.setHeader('Content-Type', 'text/plain;charset=utf-8');
      res.end('404 Not Found (and the site has no 404.html)');
    }
  };

  const files = sirv(dir, { dev: false, etag: true, dotfiles: false, onNoMatch: notFound });

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (`${url.pathname}/` === base) {
      res.writeHead(301, { Location: base + url.search });
      return res.end();
    }
    if (!url.pathname.startsWith(base)) return notFound(req, res);
    const rel = url.pathname.slice(base.length - 1); // still URL-encoded; keeps the leading "/"

    // "/booklets/x" -> "/booklets/x/", as static hosts do for folders.
    if (!rel.endsWith('/')) {
      let local: string;
      try {
        local = decodeURIComponent(rel);
      } catch {
        return notFound(req, res);
      }
      if (existsSync(join(dir, local, 'index.html'))) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        return res.end();
      }
    }
    req.url = rel + url.search;
    files(req, res);
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + base,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((err) => (err ? fail(err) : ok()));
      }),
  };
}
