/**
 * Islands start on intent (src/components/client/island-loader.js): near the
 * viewport, focused or touched; a tool's question page only when touched.
 * Tests bring each into view in turn and point at it, as a reader would, and
 * wait until it answers itself.
 */
import type { Page } from 'playwright-core';

/**
 * In the page (pass it to `page.evaluate` with the island's index): bring island `n` near the screen and point
 * at it. Self-contained, so either browser driver can send it (the click-through suite drives two).
 */
export function reachIsland(n: number): void {
  const el = document.querySelectorAll('[data-island]')[n];
  el?.scrollIntoView({ block: 'center' });
  el?.dispatchEvent(new PointerEvent('pointerenter'));
}

export async function islandsLive(page: Page, timeout = 10_000): Promise<void> {
  const count = await page.locator('[data-island]').count();
  for (let i = 0; i < count; i++) {
    await page.evaluate(reachIsland, i);
    await page.waitForFunction((n) => document.querySelectorAll('[data-island]')[n]?.hasAttribute('data-live'), i, {
      timeout,
    });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
