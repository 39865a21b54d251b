/** Islands start on intent (src/components/client/island-loader.js): tests bring each into view and wait until it answers itself. */
import type { Page } from 'playwright-core';

export async function islandsLive(page: Page, timeout = 10_000): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('[data-island]')) el.scrollIntoView({ block: 'center' });
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-island]')].every((el) => el.hasAttribute('data-live')),
    undefined,
    { timeout },
  );
}
