/**
 * Citations a memo can use: the "Cite" button after a numbered heading offers
 * the section and each of its paragraphs, by keyboard, and copies the one
 * picked as a memo cites it; "Cite this" copies the page's. Nothing of it
 * moves the page, and its code loads only on first use.
 */
import { describe, expect, it } from 'vitest';
import { servedBrowser } from '../support/served-browser';
import { requireDist } from '../support/dist';

requireDist();

const env = servedBrowser();

async function page() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
  const p = await context.newPage();
  const requested: string[] = [];
  p.on('request', (r) => requested.push(new URL(r.url()).pathname));
  return { context, p, requested };
}

describe('Cite', () => {
  it('copies the citation of a paragraph of a section, picked by keyboard; the code loads on first use', async () => {
    const { context, p, requested } = await page();
    await p.goto(`${env.server.url}ppp-guide/chapter-2/`);
    expect(requested.some((r) => r.endsWith('/_client/cite.js'))).toBe(false);
    const button = p.locator('button[data-cite="2-2-hierarchical-structure"]');
    await button.focus();
    await p.keyboard.press('Enter');
    await p.waitForSelector('.cite-menu');
    expect(requested.some((r) => r.endsWith('/_client/cite.js'))).toBe(true);
    const items = await p.$$eval('.cite-menu button', (bs) => bs.map((b) => b.textContent));
    expect(items[0]).toBe('Copy: Section 2.2 “Define the hierarchical structure”');
    expect(items[3]).toMatch(/^Copy: Paragraph 3: “It is also possible for a third party/);
    // The first item has the focus; down to paragraph 3 and copy.
    for (let i = 0; i < 3; i++) await p.keyboard.press('Tab');
    await p.keyboard.press('Enter');
    await p.waitForSelector('[role="status"]:has-text("Citation copied")');
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(
      // Served from this computer (127.0.0.1) and given no public address, the link is the page's path in the site.
      'Franziska Klopfer and Irina Rizmal, Cybersecurity in the Western Balkans: A Guide to Public–Private Partnerships (Geneva: DCAF, 2021), “Chapter 2 Planning, setting up, and running a cybersecurity PPP”, section 2.2 “Define the hierarchical structure”, paragraph 3 (this site, page /ppp-guide/chapter-2/#2-2-hierarchical-structure-p3).',
    );
    // Escape closes a menu and gives the focus back to its button.
    await button.click();
    await p.waitForSelector('.cite-menu');
    await p.keyboard.press('Escape');
    expect(await p.$('.cite-menu')).toBeNull();
    expect(await p.evaluate(() => document.activeElement?.getAttribute('data-cite'))).toBe(
      '2-2-hierarchical-structure',
    );
    await context.close();
  });

  it('copies the citation of the whole page from "Cite this"', async () => {
    const { context, p } = await page();
    await p.goto(`${env.server.url}booklets/sectoral-certs/`);
    await p.click('.cite button[data-cite=""]');
    await p.waitForSelector('[role="status"]:has-text("Citation copied")');
    expect(await p.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^Tadas Jakštas, Booklets on National Cybersecurity Institutions \(Geneva: DCAF, 2022\), “Setting Up and Regulating Sectoral CERTs” \(this site, page \/booklets\/sectoral-certs\/\)\.$/,
    );
    await context.close();
  });

  it('shows no button without JavaScript, and moves nothing when it shows them', async () => {
    const noJs = await env.browser.newContext({ javaScriptEnabled: false });
    const q = await noJs.newPage();
    await q.goto(`${env.server.url}ppp-guide/chapter-2/`);
    expect(await q.locator('button[data-cite]').first().isVisible()).toBe(false);
    await noJs.close();
    const { context, p } = await page();
    await p.goto(`${env.server.url}ppp-guide/chapter-2/`);
    // The class that shows them is set by the inline loader in the header, before the text is drawn.
    const shift = await p.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) total += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBe(0);
    expect(await p.locator('button[data-cite]').first().isVisible()).toBe(true);
    await context.close();
  });
});
