/**
 * The sample server configurations (src/integrations/server-config/) that ship in every build:
 * in place (.htaccess and web.config at the root, where Apache and IIS read
 * them; all of them in _server-config/), naming a MIME type for every kind of
 * file the offline bundle holds, and setting the same security headers.
 * nginx and Apache were also run on the bundle by hand (docs/arch/0002-offline-bundle.md);
 * IIS could not be.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, DIST_OFFLINE, filesIn, requireBuild } from '../support/dist';

requireBuild(DIST_OFFLINE, 'npm run build:offline');
const SOURCE = join(import.meta.dirname, '..', '..', 'src', 'integrations', 'server-config');
const read = (name: string) => readFileSync(join(SOURCE, name), 'utf8');
const nginx = read('nginx.conf');
const apache = read('htaccess');
const iis = read('web.config');

/** Extensions of the files in the offline bundle ("pf_meta", "html", …). */
const EXTENSIONS = [
  ...new Set(
    filesIn(DIST_OFFLINE, '')
      .map((f) => extname(f).slice(1))
      .filter(Boolean),
  ),
].sort();

const HEADERS = [
  'Content-Security-Policy',
  'X-Content-Type-Options',
  'Referrer-Policy',
  'Permissions-Policy',
  'X-Frame-Options',
];

describe('sample server configurations', () => {
  it.each([
    ['offline bundle', DIST_OFFLINE],
    ['web build', DIST],
  ])('ship in the %s: .htaccess and web.config at the root, all three in _server-config/', (_name, dir) => {
    const files = filesIn(dir, '');
    for (const f of [
      '.htaccess',
      'web.config',
      '_server-config/nginx.conf',
      '_server-config/apache.htaccess',
      '_server-config/iis-web.config',
      '_server-config/README.txt',
    ]) {
      expect(files).toContain(f);
    }
    expect(readFileSync(join(dir, '.htaccess'), 'utf8')).toBe(apache);
    expect(readFileSync(join(dir, 'web.config'), 'utf8')).toBe(iis);
  });

  it("name a MIME type for every kind of file in the bundle, Pagefind's index as application/octet-stream", () => {
    expect(EXTENSIONS).toEqual(
      expect.arrayContaining(['html', 'css', 'js', 'json', 'svg', 'pf_meta', 'pf_fragment', 'pf_index', 'pagefind']),
    );
    const nginxTypes = /types \{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    const missing: string[] = [];
    for (const ext of EXTENSIONS) {
      if (!new RegExp(`\\s${ext}[\\s;]`).test(nginxTypes)) missing.push(`nginx: ${ext}`);
      if (
        !new RegExp(`AddType \\S+ [^\\n]*\\.${ext}\\b`).test(apache) &&
        !['conf', 'config', 'htaccess', 'txt'].includes(ext)
      )
        missing.push(`Apache: ${ext}`);
      if (!iis.includes(`<mimeMap fileExtension=".${ext}"`) && !['conf', 'config', 'htaccess'].includes(ext))
        missing.push(`IIS: ${ext}`);
    }
    expect(missing).toEqual([]);
    for (const ext of ['pf_meta', 'pf_fragment', 'pf_index', 'pagefind']) {
      expect(nginxTypes).toMatch(new RegExp(`application/octet-stream[^;]*\\b${ext}\\b`));
      expect(apache).toMatch(new RegExp(`AddType application/octet-stream[^\\n]*\\.${ext}\\b`));
      expect(iis).toContain(`<mimeMap fileExtension=".${ext}" mimeType="application/octet-stream" />`);
    }
  });

  it('offer HSTS commented out, never on: an intranet on plain HTTP would become unreachable', () => {
    const active = (text: string, comment: RegExp) =>
      text
        .replace(comment, '')
        .split('\n')
        .filter((l) => /Strict-Transport-Security/.test(l));
    expect(nginx).toMatch(/#add_header Strict-Transport-Security "max-age=86400" always;/);
    expect(apache).toMatch(/#Header always set Strict-Transport-Security "max-age=86400"/);
    expect(iis).toMatch(/<!--[\s\S]*?<add name="Strict-Transport-Security" value="max-age=86400" \/>[\s\S]*?-->/);
    expect(active(nginx, /#.*$/gm)).toEqual([]);
    expect(active(apache, /#.*$/gm)).toEqual([]);
    expect(active(iis, /<!--[\s\S]*?-->/g)).toEqual([]);
  });

  it('IIS: each type is removed before it is added (a duplicate is an error), and the XML is balanced', () => {
    for (const m of iis.matchAll(/<mimeMap fileExtension="([^"]+)"/g))
      expect(iis).toContain(`<remove fileExtension="${m[1]}" />\n      <mimeMap fileExtension="${m[1]}"`);
    for (const m of iis.matchAll(/<add name="([^"]+)"/g)) expect(iis).toContain(`<remove name="${m[1]}" />`);
    const stack: string[] = [];
    for (const t of iis
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<\?xml[^>]*\?>/, '')
      .matchAll(/<(\/?)([a-zA-Z.]+)[^>]*?(\/?)>/g)) {
      if (t[3]) continue;
      if (t[1]) expect(stack.pop(), `closing </${t[2]}>`).toBe(t[2]);
      else stack.push(t[2]!);
    }
    expect(stack).toEqual([]);
  });

  it('set the same security headers, and the same header policy, in all three', () => {
    const policy = (text: string) => /Content-Security-Policy"?\s+(?:value=)?"([^"]+)"/.exec(text)?.[1];
    expect(policy(nginx)).toBe("frame-ancestors 'self'; object-src 'none'; base-uri 'none'; form-action 'none'");
    expect(policy(apache)).toBe(policy(nginx));
    expect(policy(iis)).toBe(policy(nginx));
    for (const h of HEADERS) {
      expect(nginx).toContain(`add_header ${h} `);
      expect(apache).toContain(`Header always set ${h} `);
      expect(iis).toContain(`<add name="${h}" `);
    }
    for (const text of [nginx, apache, iis]) {
      expect(text).toContain('nosniff');
      expect(text).toContain('no-referrer');
      // The header policy must leave scripts and styles to each page's own policy, which has their hashes.
      expect(policy(text)).not.toMatch(/script-src|style-src|default-src/);
    }
  });
});
