/**
 * Reading starts with the text: on every document page the first paragraph of
 * the text is on the first screen of a phone (360×640) and of a small laptop
 * (1024×700); the on-page contents is folded there, beside a link to the
 * list of documents; on wide screens it is a column beside the text, marking
 * the section in view. The home page leads with the readers' tasks, all on a
 * phone's first screen, each to its tool and to its passage.
 *
 * Needs `npm run build` (dist/).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOME_TASKS } from '../../src/lib/home-tasks';
import { servedBrowser } from '../support/served-browser';
import { htmlFiles, requireDist } from '../support/dist';

requireDist();

const DOCUMENTS = [...htmlFiles('booklets'), ...htmlFiles('ppp-guide')]
  .map((f) => f.replace(/index\.html$/, ''))
  .filter((p) => p.split('/').length === 3);
const SCREENS = [
  { width: 360, height: 640 },
  { width: 1024, height: 700 },
];

const env = servedBrowser();

/** Where an element is on the first screen, as the reader sees it. */
const box = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    const visible = getComputedStyle(el).visibility !== 'hidden' && r.width > 0 && r.height > 0;
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, visible, viewport: innerHeight };
  });

describe.each(SCREENS)('document pages at $width×$height', (screen) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: screen });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('there are document pages to check', () => {
    expect(DOCUMENTS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(DOCUMENTS)('%s shows the first paragraph of its text on the first screen', async (path) => {
    await page.goto(`${env.server.url}${path}`);
    // The text's first paragraph: the first with a citable id ("intro-p1", "introduction-p1", …).
    const first = await box(page, '.prose [id$="-p1"]');
    expect(first.visible).toBe(true);
    // Its first line at least: the top, and a line's height below it, within the screen.
    expect(first.top, `${path}: first paragraph at ${Math.round(first.top)} px`).toBeGreaterThanOrEqual(0);
    expect(first.top + 24).toBeLessThanOrEqual(first.viewport);
  });

  it('folds the contents under the title, closed, with the list of documents one link away', async () => {
    await page.goto(`${env.server.url}ppp-guide/chapter-2/`);
    expect(await page.$eval('details.toc-fold', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect((await box(page, 'details.toc-fold summary')).bottom).toBeLessThan(screen.height);
    expect(await page.isVisible('.toc--column')).toBe(false);
    // Opened (no JavaScript needed: it is a <details>), it lists the sections.
    await page.click('details.toc-fold summary');
    expect(await page.isVisible('details.toc-fold a[href="#2-2-financial-plan"]')).toBe(true);
    if (screen.width < 960) {
      const all = await box(page, 'a.doc__all');
      expect(all.visible && all.bottom < screen.height).toBe(true);
      await page.click('a.doc__all');
      await page.waitForFunction(() => location.hash === '#all-documents');
      expect(await page.$eval('#all-documents', (n) => n.getBoundingClientRect().top)).toBeLessThan(screen.height);
    } else {
      // Beside the text, the list needs no link to it.
      expect(await page.isVisible('a.doc__all')).toBe(false);
      expect(await page.isVisible('#all-documents')).toBe(true);
    }
  });
});

describe('document pages on a wide screen (1280×800)', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('shows the contents as a column beside the text, instead of the fold', async () => {
    await page.goto(`${env.server.url}ppp-guide/chapter-2/`);
    expect(await page.isVisible('details.toc-fold')).toBe(false);
    const column = await box(page, '.toc--column');
    const text = await box(page, 'main .prose');
    expect(column.visible).toBe(true);
    expect(column.left).toBeGreaterThanOrEqual(text.right);
    expect(column.top).toBeLessThan(200);
  });

  it('marks the section in view in the column, and lists its subsections', async () => {
    await page.goto(`${env.server.url}ppp-guide/chapter-2/#2-2-financial-plan`);
    await page.waitForTimeout(200);
    const marked = await page.$$eval('.toc--column a', (as) =>
      as.filter((a) => a.matches(':target-current')).map((a) => a.getAttribute('href')),
    );
    expect(marked).toEqual(['#2-2-financial-plan']);
    const current = await box(page, '.toc--column a[href="#2-2-financial-plan"]');
    expect(current.visible && current.bottom < 800).toBe(true);
    // The other sections' subsections are folded away, so the mark stays in sight.
    expect(await page.isVisible('.toc--column a[href="#2-1-stakeholder-map"]')).toBe(false);
    expect(await page.isVisible('.toc--column a[href="#2-1-planning"]')).toBe(true);
  });
});

describe('the home page on a phone (360×640)', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width: 360, height: 640 } });
    page = await context.newPage();
    await page.goto(env.server.url);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('leads with the five tasks, each to its tool and its passage, all on the first screen', async () => {
    const tasks = await page.$$eval('.task', (items) =>
      items.map((li) => {
        const [tool, text] = [...li.querySelectorAll('a')];
        const bottom = Math.max(...[...li.querySelectorAll('a')].map((a) => a.getBoundingClientRect().bottom));
        return {
          name: li.querySelector('.task__name')?.textContent ?? '',
          tool: tool?.getAttribute('href') ?? '',
          text: text?.getAttribute('href') ?? '',
          bottom,
        };
      }),
    );
    expect(tasks.map((t) => t.name)).toEqual(HOME_TASKS.map((t) => t.task));
    for (const [i, t] of tasks.entries()) {
      const want = HOME_TASKS[i]!;
      expect(t.tool).toMatch(new RegExp(`/tools/${want.tool}/$`));
      expect(t.text).toMatch(new RegExp(`/${want.text.doc}/#${want.text.anchor}$`));
      expect(t.bottom, `${t.name} ends at ${Math.round(t.bottom)} px`).toBeLessThanOrEqual(640);
    }
  });

  it('names each task’s tool in its link, for those who cannot see the layout', async () => {
    const names = await page.$$eval('.task__tool', (as) => as.map((a) => a.textContent?.replace(/\s+/g, ' ').trim()));
    expect(names[0]).toMatch(/^Start a partnership: the tool “Which type of cybersecurity PPP fits us\?”$/);
  });

  it('opens a task’s passage at its heading', async () => {
    await page.click('.task:nth-child(2) .task__text');
    await page.waitForURL(/booklets\/sectoral-certs\/#iii-recommendations$/);
    const top = await page.$eval('#iii-recommendations', (h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
  });
});
