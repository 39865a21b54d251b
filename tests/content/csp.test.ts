/**
 * The Content-Security-Policy of every built page, read from the files of the
 * three builds (dist/, dist-offline/, dist-guide/): one policy <meta> before
 * any script or style; no 'unsafe-inline' or 'unsafe-eval'; every inline
 * script and style allowed by its hash; no inline event handlers, style
 * attributes or javascript: URLs, which no hash can allow. The browser tests
 * (tests/browser/hosting.test.ts) then count violations on the pages at work.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readBuiltManifest } from '../../src/integrations/built-manifest';
import { DIST, DIST_GUIDE, DIST_OFFLINE, filesIn, requireBuild } from '../support/dist';

const BUILDS = [
  { name: 'web build (dist/)', dir: DIST, command: 'npm run build' },
  { name: 'offline bundle (dist-offline/)', dir: DIST_OFFLINE, command: 'npm run build:offline' },
  { name: 'web build under /guide/ (dist-guide/)', dir: DIST_GUIDE, command: 'npm run build:guide' },
];

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** "script-src 'self' 'sha256-…'; style-src …" -> Map of directive -> sources. */
function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** Script types a browser runs (a JSON data block is not run and needs no hash). */
const runs = (type: string | undefined) =>
  !type || /^(text|application)\/(java|ecma)script$|^module$/i.test(type.trim());

describe.each(BUILDS.map((b) => [b.name, b] as const))('Content-Security-Policy of the %s', (_name, build) => {
  requireBuild(build.dir, build.command);
  const pages = filesIn(build.dir);

  it('every page has one policy, first in <head> before any script or style, without unsafe sources', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const html = readFileSync(join(build.dir, file), 'utf8');
      const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)];
      if (metas.length !== 1) {
        problems.push(`${file}: ${metas.length} policies`);
        continue;
      }
      const at = metas[0]!.index;
      const firstActive = html.search(/<script\b|<style\b|<link\b[^>]*rel="stylesheet"/i);
      if (firstActive >= 0 && firstActive < at) problems.push(`${file}: a script or style comes before the policy`);
      const d = directives(metas[0]![1]!.replace(/&#39;/g, "'"));
      const script = d.get('script-src') ?? [];
      const style = d.get('style-src') ?? [];
      if (!script.includes("'self'")) problems.push(`${file}: script-src lacks 'self'`);
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", 'data:', '*']) {
        if (script.includes(bad)) problems.push(`${file}: script-src allows ${bad}`);
        if (style.includes(bad)) problems.push(`${file}: style-src allows ${bad}`);
      }
      for (const [name, want] of [
        ['object-src', "'none'"],
        ['base-uri', "'none'"],
        ['default-src', "'self'"],
      ] as const) {
        if (!d.get(name)?.includes(want)) problems.push(`${file}: ${name} is not ${want}`);
      }
      // A <meta> policy cannot say frame-ancestors (browsers ignore it there): the server configurations do.
      if (d.has('frame-ancestors')) problems.push(`${file}: frame-ancestors in a <meta> policy is ignored`);
    }
    expect(problems.slice(0, 30), problems.join('\n')).toEqual([]);
    // Every page of the build was read: the documents and tools of the manifest among them.
    const { documents, tools } = readBuiltManifest(build.dir);
    for (const url of [...documents.map((d) => d.url), ...tools.map((t) => t.url)])
      expect(pages).toContain(`${url}index.html`);
  });

  it('every inline script and style on every page is allowed by its hash; nothing inline that a hash cannot allow', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const html = readFileSync(join(build.dir, file), 'utf8');
      const policy =
        /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
      const d = directives(policy);
      const doc = parse(html, { blockTextElements: { script: true, style: true } });
      for (const s of doc.querySelectorAll('script')) {
        if (s.hasAttribute('src') || !runs(s.getAttribute('type'))) continue;
        if (!(d.get('script-src') ?? []).includes(hash(s.rawText)))
          problems.push(`${file}: inline script without its hash: ${s.rawText.slice(0, 60)}`);
      }
      for (const s of doc.querySelectorAll('style')) {
        if (!(d.get('style-src') ?? []).includes(hash(s.rawText)))
          problems.push(`${file}: inline style without its hash: ${s.rawText.slice(0, 60)}`);
      }
      for (const el of doc.querySelectorAll('*')) {
        for (const name of Object.keys(el.attributes)) {
          if (/^on[a-z]+$/i.test(name))
            problems.push(`${file}: inline event handler ${name}= on <${el.tagName.toLowerCase()}>`);
          if (name.toLowerCase() === 'style')
            problems.push(`${file}: style attribute on <${el.tagName.toLowerCase()}>`);
        }
        for (const attr of ['href', 'src', 'action']) {
          if (/^\s*javascript:/i.test(el.getAttribute(attr) ?? '')) problems.push(`${file}: javascript: URL`);
        }
      }
    }
    expect(problems.slice(0, 30), problems.join('\n')).toEqual([]);
  });
});
