/**
 * Helpers for the hosting tests (tests/browser/hosting.test.ts): the pages to
 * visit in a build, a check of every link in a build's files, and a watch on
 * what a browser does while it shows them (failed requests, requests outside
 * the site's folder, CSP violations, script errors).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import type { BrowserContext, Page } from 'playwright-core';
import { filesIn } from './dist.ts';
import { cssApplied } from './not-found.ts';

/** A wizard state page (tools/<id>/<answers>/index.html): hundreds of near-identical pages. */
export const isWizardState = (file: string) => /^tools\/[^/]+\/.+\/index\.html$/.test(file);

/** Every page of the build but the wizard states, and every `every`-th of those (sorted, so the same each run). */
export function pagesToVisit(dir: string, every = 25): string[] {
  const files = filesIn(dir);
  const states = files.filter(isWizardState);
  return [...files.filter((f) => !isWizardState(f)), ...states.filter((_, i) => i % every === 0)];
}

export interface LinkCheckOptions {
  /**
   * "relative": the offline bundle; every URL must be relative and name a file
   * (folders by their index.html). A base path ("/guide/"): the web build;
   * URLs from the root must start with it.
   */
  mode: 'relative' | { base: string };
}

const LINKING = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['iframe', 'src'],
  ['use', 'href'],
] as const;

/**
 * Every internal URL in every HTML file of `dir` (href, src, srcset) must lead
 * to a file of the folder, and every fragment on a page to an element with
 * that id. Returns the problems, one line each.
 */
export function brokenLinks(dir: string, { mode }: LinkCheckOptions): string[] {
  const problems: string[] = [];
  const root = pathToFileURL(join(dir, '/')).href; // file:///…/dist-offline/
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      const doc = parse(readFileSync(join(dir, file), 'utf8'));
      found = new Set([...doc.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!));
      for (const a of doc.querySelectorAll('a[name]')) found.add(a.getAttribute('name')!);
      ids.set(file, found);
    }
    return found;
  };

  for (const file of filesIn(dir)) {
    const page = new URL(file.split('/').map(encodeURIComponent).join('/'), root);
    const doc = parse(readFileSync(join(dir, file), 'utf8'));
    const urls: { url: string; fragmentMatters: boolean }[] = [];
    for (const [tag, attr] of LINKING) {
      for (const el of doc.querySelectorAll(`${tag}[${attr}]`))
        urls.push({ url: el.getAttribute(attr)!, fragmentMatters: tag === 'a' || tag === 'area' });
    }
    for (const el of doc.querySelectorAll('[srcset]')) {
      for (const c of el.getAttribute('srcset')!.split(','))
        urls.push({ url: c.trim().split(/\s+/)[0] ?? '', fragmentMatters: false });
    }
    for (const { url, fragmentMatters } of urls) {
      const u = url.trim();
      if (u === '' || /^[a-z][a-z0-9+.-]*:/i.test(u) || u.startsWith('//')) continue; // other sites, mailto:, data:
      const where = `${file}: "${u}"`;
      let target: URL;
      if (u.startsWith('/')) {
        if (mode === 'relative') {
          problems.push(`${where} is a path from the server root: the offline bundle must link relatively`);
          continue;
        }
        if (!u.startsWith(mode.base)) {
          problems.push(`${where} escapes the base path ${mode.base}`);
          continue;
        }
        target = new URL(u.slice(mode.base.length), root);
      } else target = new URL(u, page);
      if (!target.href.startsWith(root)) {
        problems.push(`${where} leads out of the site's folder`);
        continue;
      }
      let rel = decodeURIComponent(target.pathname.slice(new URL(root).pathname.length));
      if (rel === '' || rel.endsWith('/')) {
        if (mode === 'relative') {
          problems.push(`${where} links a folder: from disk (file://) it must name its index.html`);
          continue;
        }
        rel += 'index.html';
      }
      const full = join(dir, rel);
      if (!existsSync(full) || statSync(full).isDirectory()) {
        problems.push(`${where} → ${rel}: no such file`);
        continue;
      }
      const fragment = target.hash.slice(1);
      if (
        fragmentMatters &&
        fragment &&
        fragment !== 'top' &&
        rel.endsWith('.html') &&
        !idsOf(rel).has(decodeURIComponent(fragment))
      ) {
        problems.push(`${where} → no element with id="${decodeURIComponent(fragment)}" on ${rel}`);
      }
    }
  }
  return problems;
}

/** What the browser did that a hosted copy must never do. */
export interface Watch {
  failed: string[];
  outside: string[];
  csp: string[];
  errors: string[];
  /** Requests allowed to fail (the 404 test's own page). */
  expectFailure: (url: string) => void;
  clear: () => void;
}

/**
 * Watches every page of `context`: requests that fail or answer 400+, requests
 * whose URL does not start with `prefix` (the site's folder: an origin and
 * path, or a file:// folder), CSP violations (the securitypolicyviolation
 * event, and Chromium's "Refused to …" console messages) and script errors.
 * Add it before the context opens a page.
 */
export async function watch(context: BrowserContext, prefix: string): Promise<Watch> {
  const w: Watch = {
    failed: [],
    outside: [],
    csp: [],
    errors: [],
    expectFailure: (url) => allowed.add(url),
    clear: () => {
      w.failed.length = 0;
      w.outside.length = 0;
      w.csp.length = 0;
      w.errors.length = 0;
    },
  };
  const allowed = new Set<string>();
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `csp-violation: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  const local = (url: string) => /^(data|blob|about):/.test(url);
  context.on('request', (r) => {
    if (!local(r.url()) && !r.url().startsWith(prefix)) w.outside.push(r.url());
  });
  context.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? '';
    // Leaving a page cancels what it still loads (net::ERR_ABORTED): not a failure of the site.
    if (why !== 'net::ERR_ABORTED' && !allowed.has(r.url())) w.failed.push(`${r.url()} (${why})`);
  });
  context.on('response', (r) => {
    if (r.status() >= 400 && !allowed.has(r.url())) w.failed.push(`${r.url()} (HTTP ${r.status()})`);
  });
  context.on('console', (m) => {
    const text = m.text();
    if (text.startsWith('csp-violation:') || /Content Security Policy/i.test(text))
      w.csp.push(`${m.page()?.url()}: ${text}`);
  });
  context.on('weberror', (e) => w.errors.push(`${e.page()?.url()}: ${e.error().message}`));
  return w;
}

/** Whether the page's stylesheets all loaded and apply (the site's colours are defined). */
export async function stylesApplied(page: Page): Promise<boolean> {
  return page.evaluate(cssApplied);
}
