/**
 * Headless Chromium for the browser tests, driven by playwright-core.
 *
 * The browser is the system's Chromium (Debian's package), not one that
 * Playwright downloads: the test machines reach no download hosts.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags known to work in containers and offline CI. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Without these two Chromium still reached update.googleapis.com (an on-demand component) and
  // accounts.google.com at start, caught by the sink proxy of tests/support/engines.ts. Port 9 is closed.
  '--component-updater=url-source=http://127.0.0.1:9/',
  '--gaia-url=http://127.0.0.1:9/',
];

/**
 * Launch Chromium. Each launch gets a fresh, empty profile in a temporary
 * user-data-dir that Playwright creates and deletes on close (launch() is the
 * non-persistent mode; it refuses a --user-data-dir flag for that reason).
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The browser tests need it: ` +
        `install it with "apt-get install -y chromium" (Debian/Ubuntu), ` +
        `or set CHROMIUM_PATH to a Chromium or Chrome executable.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    timeout: 60_000,
  });
}
