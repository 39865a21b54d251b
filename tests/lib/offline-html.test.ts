import { describe, expect, it } from 'vitest';
import {
  relativeUrl,
  relativizeCss,
  relativizeHtml,
  rootAbsoluteUrls,
  swapModuleScripts,
} from '../../src/lib/offline-html';
import { buildDate, zipName } from '../../src/integrations/offline';

describe('relativeUrl', () => {
  const page = 'booklets/sectoral-certs/index.html';
  it('makes a URL from the root relative to the page, folders by their index.html', () => {
    expect(relativeUrl('/_astro/a.css', page)).toBe('../../_astro/a.css');
    expect(relativeUrl('/', page)).toBe('../../index.html');
    expect(relativeUrl('/#documents', page)).toBe('../../index.html#documents');
    expect(relativeUrl('/tools/tlp/', page)).toBe('../../tools/tlp/index.html');
    expect(relativeUrl('/booklets/introduction/#p1', page)).toBe('../introduction/index.html#p1');
    expect(relativeUrl('/booklets/sectoral-certs/', page)).toBe('index.html');
    expect(relativeUrl('/booklets/sectoral-certs/?highlight=tlp#x', page)).toBe('index.html?highlight=tlp#x');
    expect(relativeUrl('/favicon.svg', 'index.html')).toBe('favicon.svg');
    expect(relativeUrl('/tools/', '404.html')).toBe('tools/index.html');
  });
  it('strips the base the site was built with, and refuses a URL outside it', () => {
    expect(relativeUrl('/guide/tools/', 'tools/tlp/index.html', { base: '/guide/' })).toBe('../index.html');
    expect(relativeUrl('/guide/', 'index.html', { base: '/guide' })).toBe('index.html');
    expect(() => relativeUrl('/elsewhere/', 'index.html', { base: '/guide/' })).toThrow(/leaves the site's base/);
  });
  it('leaves other sites, fragments, queries and files named relatively as they are', () => {
    for (const u of [
      'https://www.dcaf.ch/x',
      '//cdn.example/x',
      'mailto:a@b.c',
      'data:image/png;base64,AA',
      '#main',
      '?q=1',
      '',
      'a.css',
      '../x/page.html#y',
    ]) {
      expect(relativeUrl(u, page)).toBe(u);
    }
  });
  it('gives relative folder links their index.html', () => {
    expect(relativeUrl('../x/', page)).toBe('../x/index.html');
    expect(relativeUrl('./', page)).toBe('./index.html');
    expect(relativeUrl('..', page)).toBe('../index.html');
    expect(relativeUrl('../x/#a', page)).toBe('../x/index.html#a');
  });
  it('starts with "./" a path whose first segment would read as a scheme', () => {
    expect(relativeUrl('/a:b/', 'index.html')).toBe('./a:b/index.html');
  });
});

describe('relativizeHtml', () => {
  const page = 'tools/tlp/index.html';
  it('rewrites href, src, srcset, action, style url() and meta refresh, and nothing in scripts', () => {
    const html = [
      '<link rel="icon" href="/favicon.svg" type="image/svg+xml">',
      '<a class="x" href="/glossary/">G</a>',
      '<img src=\'/a.png\' srcset="/a.png 1x, /b.png 2x" alt="a > b">',
      '<form action="/tools/"></form>',
      '<div style="background:url(/bg.png)"></div>',
      '<meta http-equiv="refresh" content="0;url=/tools/">',
      '<script type="application/json">{"href":"/x/","base":"/"}</script>',
      '<script>var a = "<a href=\\"/x/\\">";</script>',
      '<!-- <a href="/comment/"> -->',
      '<svg><use href="/sprite.svg#i"></use><path marker-end="url(#arrow)"/></svg>',
    ].join('\n');
    const out = relativizeHtml(html, page).html;
    expect(out).toContain('href="../../favicon.svg"');
    expect(out).toContain('<a class="x" href="../../glossary/index.html">G</a>');
    expect(out).toContain('src=\'../../a.png\' srcset="../../a.png 1x, ../../b.png 2x" alt="a > b"');
    expect(out).toContain('action="../index.html"');
    expect(out).toContain('style="background:url(../../bg.png)"');
    expect(out).toContain('content="0;url=../index.html"');
    expect(out).toContain('{"href":"/x/","base":"/"}');
    expect(out).toContain('var a = "<a href=\\"/x/\\">";');
    expect(out).toContain('<!-- <a href="/comment/"> -->');
    expect(out).toContain('<use href="../../sprite.svg#i">');
    expect(out).toContain('marker-end="url(#arrow)"');
    expect(rootAbsoluteUrls(out)).toEqual([]);
  });
  it('rewrites url()s in <style> and reports the styles it changed (their CSP hashes change)', () => {
    const { html, changedStyles } = relativizeHtml(
      '<style>.a{background:url("/i.svg")}</style><style>.b{}</style>',
      'x/index.html',
    );
    expect(html).toBe('<style>.a{background:url("../i.svg")}</style><style>.b{}</style>');
    expect(changedStyles).toEqual([
      { before: '.a{background:url("/i.svg")}', after: '.a{background:url("../i.svg")}' },
    ]);
  });
  it('keeps the markup as it was where nothing changes', () => {
    const html =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>a < b</title></head><body><p data-x=\'1\' hidden>x</p><br/><input disabled></body></html>';
    expect(relativizeHtml(html, 'index.html').html).toBe(html);
  });
});

describe('rootAbsoluteUrls', () => {
  it('finds what would escape the folder, in markup but not in scripts', () => {
    expect(
      rootAbsoluteUrls(
        '<a href="/x/">x</a><img srcset="a.png 1x, /b.png 2x"><p style="x:url(/c.png)"></p><script>"/no/"</script><a href="//cdn/x">',
      ),
    ).toEqual(['/x/', '/b.png', '/c.png']);
  });
});

describe('relativizeCss', () => {
  it('rewrites url() and @import from the root, relative to the stylesheet', () => {
    const css =
      '@import "/_astro/b.css";.a{background:url(/_astro/i.svg)}.b{src:url(\'/fonts/f.woff2\') format("woff2")}.c{background:url(data:image/png;base64,AA)}.d{x:url(#f)}';
    expect(relativizeCss(css, '_astro/a.css')).toBe(
      '@import "b.css";.a{background:url(i.svg)}.b{src:url(\'../fonts/f.woff2\') format("woff2")}.c{background:url(data:image/png;base64,AA)}.d{x:url(#f)}',
    );
  });
});

describe('swapModuleScripts', () => {
  it('replaces module scripts with classic deferred ones where the first was', () => {
    const html =
      '<div></div><script type="application/json">{}</script><script type="module" src="/_astro/W.js"></script>\n<script type="module">import "/_astro/x.js"</script><p></p></body>';
    const out = swapModuleScripts(html, [{ src: '../../_islands/wizard.js' }]);
    expect(out.html).toBe(
      '<div></div><script type="application/json">{}</script><script defer src="../../_islands/wizard.js"></script><p></p></body>',
    );
    expect(out.removed).toEqual(['/_astro/W.js', 'inline: import "/_astro/x.js"']);
  });
  it('adds the scripts before </body> when the page had no module script, and drops modulepreload links', () => {
    const out = swapModuleScripts('<head><link rel="modulepreload" href="/_astro/p.js"></head><body></body>', [
      { src: 'a.js' },
    ]);
    expect(out.html).toBe('<head></head><body><script defer src="a.js"></script></body>');
    expect(out.removed).toEqual(['/_astro/p.js']);
  });
  it('leaves a page without module scripts or islands as it is', () => {
    const html = '<script data-search-loader>1</script><body></body>';
    expect(swapModuleScripts(html, [])).toEqual({ html, removed: [] });
  });
});

describe('the zip name', () => {
  it('carries the version and the build date, which SOURCE_DATE_EPOCH can fix', () => {
    expect(zipName('1.2.0', '2026-05-04')).toBe('cybersecurity-governance-guide-1.2.0-2026-05-04.zip');
    expect(buildDate({}, new Date('2026-05-04T23:59:00Z'))).toBe('2026-05-04');
    expect(buildDate({ SOURCE_DATE_EPOCH: '0' })).toBe('1970-01-01');
    expect(buildDate({ SOURCE_DATE_EPOCH: 'soon' }, new Date('2026-01-02T00:00:00Z'))).toBe('2026-01-02');
  });
});
