/**
 * No broken internal links or anchors anywhere in the built site.
 *
 * 1. linkinator crawls the site over the local server from every built page
 *    (so pages that nothing links to are checked too), with checkFragments on.
 *    Links to other origins (the publisher's references) are skipped, never
 *    fetched: the test machines have no network.
 * 2. linkinator only checks a fragment when it fetches the target page after
 *    seeing the link, so "#id" links to pages it had already crawled go
 *    unchecked. A second test therefore checks every fragment link in dist/
 *    itself, with node-html-parser.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, readDist, requireDist } from '../support/dist';
import { serve, type StaticServer } from '../support/server';

requireDist();
const FILES = htmlFiles();

/** Site path of a built file: "booklets/x/index.html" -> "booklets/x/", "404.html" -> "404.html". */
const sitePath = (file: string) => (file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1'));

let server: StaticServer;
beforeAll(async () => {
  server = await serve();
});
afterAll(async () => {
  await server?.close();
});

describe('links', () => {
  it('linkinator finds no broken internal link or anchor', async () => {
    const checker = new LinkChecker();
    const redirects: { url: string; target?: string }[] = [];
    checker.on('redirect', (r) => redirects.push({ url: r.url, target: r.targetUrl }));
    const skippedOffsite = new Set<string>();

    const { links } = await checker.check({
      path: FILES.map((f) => server.url + sitePath(f)),
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      timeout: 15_000,
      redirects: 'warn',
      // Other origins are never fetched: they count as skipped, not broken.
      linksToSkip: async (link) => {
        const off = new URL(link).origin !== server.origin;
        if (off) skippedOffsite.add(link);
        return off;
      },
    });

    const local = (url?: string) => (url ? url.replace(server.origin, '') : '(start page)');
    const broken = links.filter((l) => l.state === LinkState.BROKEN);
    const problems = [
      ...dedupe(broken).map((l) =>
        isFragmentFailure(l)
          ? // linkinator names the target page's parent here, not the linking page.
            `${local(l.url)} (${why(l)}); the anchor test below names the page that links it`
          : `${local(l.url)} (${why(l)}) linked from ${local(l.parent)}`,
      ),
      // Static hosts redirect /page to /page/, but Astro's dev server (trailingSlash
      // 'always') answers 404, so such links are wrong even if they work in production.
      ...redirects.map((r) => {
        const parents = links.filter((l) => l.url === r.url && l.parent).map((l) => local(l.parent));
        return `${local(r.url)} redirects to ${local(r.target)}: link to the final URL (with its trailing slash); linked from ${[...new Set(parents)].join(', ') || '?'}`;
      }),
    ];
    if (skippedOffsite.size > 0) {
      console.info(
        `links: ${skippedOffsite.size} link(s) to other sites skipped (not fetched):\n  ${[...skippedOffsite].sort().join('\n  ')}`,
      );
    }
    expect(links.length, 'linkinator checked no link at all').toBeGreaterThan(0);
    expect(problems, `${problems.length} broken link(s):\n${problems.join('\n')}`).toEqual([]);
  });

  it('every "#id" link in dist/ lands on an element with that id', () => {
    const base = server.url.slice(server.origin.length); // "/" or e.g. "/guide/"
    const ids = new Map<string, Set<string> | null>(); // dist file -> its ids (null: no such file)
    const idsOf = (file: string) => {
      if (!ids.has(file)) {
        if (!existsSync(join(DIST, file))) ids.set(file, null);
        else {
          const root = parse(readDist(file));
          const found = new Set<string>();
          for (const el of root.querySelectorAll('[id]')) found.add(el.getAttribute('id')!);
          for (const el of root.querySelectorAll('a[name]')) found.add(el.getAttribute('name')!);
          ids.set(file, found);
        }
      }
      return ids.get(file)!;
    };
    /** The dist file a site URL path serves, if it is a page of this site. */
    const fileFor = (pathname: string): string | undefined => {
      if (!pathname.startsWith(base)) return undefined;
      const rel = decodeURIComponent(pathname.slice(base.length));
      if (rel === '' || rel.endsWith('/')) return `${rel}index.html`;
      return existsSync(join(DIST, rel, 'index.html')) ? `${rel}/index.html` : rel;
    };

    const problems: string[] = [];
    for (const file of FILES) {
      const pageUrl = new URL(base + sitePath(file), server.origin);
      for (const a of parse(readDist(file)).querySelectorAll('a[href], area[href]')) {
        const href = a.getAttribute('href')!.trim();
        if (!href.includes('#')) continue;
        let url: URL;
        try {
          url = new URL(href, pageUrl);
        } catch {
          problems.push(`/${sitePath(file)}: unparseable href "${href}"`);
          continue;
        }
        if (url.origin !== server.origin) continue;
        const fragment = url.hash.slice(1);
        if (fragment === '') continue; // "#" alone: top of the page
        let id: string;
        try {
          id = decodeURIComponent(fragment);
        } catch {
          problems.push(`/${sitePath(file)}: href "${href}" has a malformed fragment`);
          continue;
        }
        const target = fileFor(url.pathname);
        const targetIds = target === undefined ? null : idsOf(target);
        if (targetIds === null)
          problems.push(`/${sitePath(file)}: href "${href}" points to a page that does not exist`);
        // "#top" scrolls to the top of a page even without such an id (HTML spec).
        else if (!targetIds.has(id) && id.toLowerCase() !== 'top') {
          problems.push(`/${sitePath(file)}: href "${href}" — no element with id="${id}" on /${sitePath(target!)}`);
        }
      }
    }
    expect(problems, `${problems.length} broken anchor link(s):\n${[...new Set(problems)].join('\n')}`).toEqual([]);
  });
});

/** One line per broken URL and parent. */
function dedupe(results: LinkResult[]): LinkResult[] {
  const seen = new Set<string>();
  return results.filter((r) => {
    const key = `${r.url}|${r.parent}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const isFragmentFailure = (l: LinkResult) =>
  (l.failureDetails ?? []).some((d) => d instanceof Error && d.message.startsWith('Fragment identifier'));

function why(l: LinkResult): string {
  const details = (l.failureDetails ?? [])
    .map((d) => (d instanceof Error ? d.message : d.status === l.status ? '' : `HTTP ${d.status}`))
    .filter(Boolean);
  return [l.status ? `HTTP ${l.status}` : undefined, ...details].filter(Boolean).join('; ') || 'broken';
}
