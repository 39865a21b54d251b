/**
 * `npm run dev` works as a writer expects: the pages, search (quick-find; full
 * text needs a build, and the dialog says so) and the wizards, served by the
 * same endpoints as the builds (docs/arch/0005-one-client-build.md).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { islandsLive } from '../support/islands';

const ROOT = join(import.meta.dirname, '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const withoutTestVariables = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([k]) => !/^(VITEST|VITE_|TEST$|NODE_ENV$)/.test(k)));

let dev: ChildProcess;
let origin = '';
let output = '';
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    detached: true,
    // As a writer runs it: without the variables Vitest sets (VITEST, NODE_ENV=test…), which change how Vite behaves.
    env: { ...withoutTestVariables(process.env), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  dev.stdout?.on('data', (d) => {
    output += d;
  });
  dev.stderr?.on('data', (d) => {
    output += d;
  });
  const deadline = Date.now() + 150_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/`, { signal: AbortSignal.timeout(30_000) })).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || dev.exitCode !== null)
      throw new Error(`astro dev did not start (exit code ${dev.exitCode}, signal ${dev.signalCode}):\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  browser = await launchBrowser();
}, 200_000);

afterAll(async () => {
  await browser?.close();
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
});

describe('npm run dev', () => {
  it('serves the scripts and the quick-find index the pages ask for', async () => {
    const html = await (await fetch(`${origin}/booklets/introduction/`)).text();
    const srcs = [...html.matchAll(/data-(?:search|quickfind|highlight)="([^"]+)"/g)].map((m) => m[1]!);
    expect(srcs).toHaveLength(3);
    for (const src of srcs) expect((await fetch(new URL(src, origin))).status, src).toBe(200);
  });

  it('search finds a section and says that full text needs a build', async () => {
    const page = await browser.newPage();
    // Vite may reload the page once after it has optimised its dependencies: let that settle first.
    await page.goto(`${origin}/booklets/introduction/`, { waitUntil: 'networkidle' });
    await page.click('[data-search-button]');
    await page.waitForSelector('dialog.search-dialog[open]', { timeout: 30_000 });
    await page.keyboard.type('sectoral CERT');
    await page.waitForFunction(
      () => /result/.test(document.querySelector('.search__status')?.textContent ?? ''),
      undefined,
      {
        timeout: 30_000,
      },
    );
    const hrefs = await page.$$eval('[role="option"]', (os) => os.map((o) => o.getAttribute('data-href')));
    expect(hrefs[0]).toMatch(/^\/booklets\/sectoral-certs\/\?highlight=/);
    expect(await page.textContent('.search__note')).toContain('needs a build');
    await page.close();
  });

  it('a wizard answers in place', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/tools/tlp/`, { waitUntil: 'networkidle' });
    await islandsLive(page, 30_000);
    const before = page.url();
    await page.click('.wizard__answer');
    await page.waitForFunction((b) => location.href !== b, before);
    expect(new URL(page.url()).searchParams.get('tlp')).toMatch(/^\d+\.[a-z0-9-]+$/);
    await page.close();
  });
});
