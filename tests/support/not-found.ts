/**
 * What a reader sees at an address the guide does not have, as a server
 * answers it: the status, whether the 404 page's styles apply, and which of
 * its links lead nowhere. The 404 page must work at any depth and sub-path
 * (issue 10): the offline bundle's inlines its styles and points its links at
 * the root it finds (src/integrations/offline.ts).
 */
import type { TestPage } from './engines.ts';

export interface NotFoundView {
  status: number | undefined;
  title: string;
  /** Every stylesheet loaded and the site's colours are defined. */
  styled: boolean;
  /** The page's links (same origin, fragments dropped) that do not answer 200, with their status. */
  brokenLinks: string[];
}

/** Whether the page's styles (linked or inline) all loaded and apply (the site's colours are defined). Runs in the page. */
export function cssApplied(): boolean {
  const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];
  const fg = getComputedStyle(document.documentElement).getPropertyValue('--fg').trim();
  return links.every((l) => l.sheet !== null) && fg !== '';
}

/** Opens `url` (expected to be missing) in `page` and reports what it shows. */
export async function viewNotFound(page: TestPage, url: string): Promise<NotFoundView> {
  page.expectFailure(url);
  const status = await page.goto(url);
  // The offline 404 page finds the site root after it loads; the web builds know it already.
  await page.waitForFunction(
    () => document.documentElement.getAttribute('data-root')?.startsWith('/'),
    undefined,
    5_000,
  );
  const title = await page.evaluate(() => document.title);
  const styled = await page.evaluate(cssApplied);
  const links = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => a.origin === location.origin && !a.getAttribute('href')!.startsWith('#'))
      .map((a) => a.href.replace(/#.*$/, '')),
  );
  const brokenLinks: string[] = [];
  for (const link of new Set(links)) {
    const res = await fetch(link);
    if (res.status !== 200) brokenLinks.push(`${link} (HTTP ${res.status})`);
  }
  return { status, title, styled, brokenLinks };
}
