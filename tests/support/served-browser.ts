/**
 * For Vitest files only (it registers hooks): the bench imports browser.ts under plain Node.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serve, type StaticServer } from './server.ts';

/**
 * The static server over dist/ and a Chromium, started before a test file's
 * tests and closed after them: read `env.server` and `env.browser` inside tests.
 */
export function servedBrowser(): { readonly server: StaticServer; readonly browser: Browser } {
  const env = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    env.server = await serve();
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
