/**
 * Islands start on intent (src/components/client/island-loader.js): near the
 * viewport, focused or touched. Tests bring each into view in turn, as a
 * reader scrolling past would, and wait until it answers itself.
 */
import type { Page } from 'playwright-core';

export async function islandsLive(page: Page, timeout = 10_000): Promise<void> {
  const count = await page.locator('[data-island]').count();
  for (let i = 0; i < count; i++) {
    await page.evaluate((n) => document.querySelectorAll('[data-island]')[n]?.scrollIntoView({ block: 'center' }), i);
    await page.waitForFunction((n) => document.querySelectorAll('[data-island]')[n]?.hasAttribute('data-live'), i, {
      timeout,
    });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
