/**
 * What a browser allows a page opened from a given place (file://, or a
 * server): a small folder of probe pages, each capability tried in the page
 * and reported as "works" or "refused". It tells the offline bundle what it
 * may rely on from disk in each engine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestPage } from './engines.ts';

export const CAPABILITIES = [
  'classic script',
  'module script',
  'dynamic import',
  'fetch',
  'XMLHttpRequest',
  'worker',
  'iframe document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'history.pushState',
  'localStorage of another page',
] as const;
export type Capability = (typeof CAPABILITIES)[number];
export type Capabilities = Record<Capability, 'works' | 'refused'>;

/** The probe page: tries each capability once the page has loaded, and leaves the results in window.__probe. */
const PROBE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>probe</title></head><body>
<script src="classic.js"></script>
<script type="module" src="module.js"></script>
<iframe src="frame.html"></iframe>
<script>
(async () => {
  const r = {};
  const within = (p) => Promise.race([p, new Promise((_, no) => setTimeout(() => no(new Error('timeout')), 2000))]);
  const attempt = async (name, fn) => {
    try { r[name] = (await within(Promise.resolve().then(fn))) === true ? 'works' : 'refused'; }
    catch { r[name] = 'refused'; }
  };
  await new Promise((ok) => (document.readyState === 'complete' ? ok() : addEventListener('load', ok)));
  await attempt('classic script', () => window.__classic === true);
  await attempt('module script', () => window.__module === true);
  await attempt('dynamic import', async () => (await import('./dynamic.js')).ok === true);
  await attempt('fetch', async () => (await (await fetch('data.json')).json()).ok === true);
  await attempt('XMLHttpRequest', () => new Promise((ok, no) => {
    const x = new XMLHttpRequest();
    x.open('GET', 'data.json');
    x.onload = () => ok(JSON.parse(x.responseText).ok === true);
    x.onerror = no;
    x.send();
  }));
  await attempt('worker', () => new Promise((ok, no) => {
    const w = new Worker('worker.js');
    w.onmessage = (e) => ok(e.data === 'ok');
    w.onerror = no;
  }));
  await attempt('iframe document', () => document.querySelector('iframe').contentDocument.title === 'frame');
  await attempt('localStorage', () => { localStorage.setItem('probe', 'v'); return localStorage.getItem('probe') === 'v'; });
  await attempt('sessionStorage', () => { sessionStorage.setItem('probe', 'v'); return sessionStorage.getItem('probe') === 'v'; });
  await attempt('indexedDB', () => new Promise((ok, no) => {
    const q = indexedDB.open('probe');
    q.onsuccess = () => ok(true);
    q.onerror = no;
  }));
  await attempt('history.pushState', () => { history.pushState(null, '', '?pushed=1'); return location.search === '?pushed=1'; });
  window.__probe = r;
})();
</script></body></html>`;

/** Writes the probe folder into `dir`: index.html and what it loads, and other/index.html for the storage check. */
export function writeProbe(dir: string): void {
  mkdirSync(join(dir, 'other'), { recursive: true });
  const files: Record<string, string> = {
    'index.html': PROBE,
    'classic.js': 'window.__classic = true;\n',
    'module.js': 'window.__module = true;\n',
    'dynamic.js': 'export const ok = true;\n',
    'data.json': '{"ok": true}\n',
    'worker.js': 'postMessage("ok");\n',
    'frame.html': '<!doctype html><title>frame</title>\n',
    // What the guide does: a wizard page saves answers, the plan page (another folder) reads them.
    'other/index.html': '<!doctype html><title>other</title>\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/** Opens the probe under `root` (ending in "/") and returns what worked. Its refusals are expected: not problems. */
export async function probeCapabilities(page: TestPage, root: string): Promise<Capabilities> {
  await page.goto(`${root}index.html`);
  await page.waitForFunction(() => (window as unknown as { __probe?: object }).__probe !== undefined, undefined);
  const found = await page.evaluate(() => (window as unknown as { __probe: Record<string, string> }).__probe);
  await page.goto(`${root}other/index.html`);
  const shared = await page.evaluate(() => localStorage.getItem('probe') === 'v');
  page.clearRecord();
  return { ...found, 'localStorage of another page': shared ? 'works' : 'refused' } as Capabilities;
}
