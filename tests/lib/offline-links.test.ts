import { describe, expect, it } from 'vitest';
import { relativeFromFile, relativizePage } from '../../src/lib/offline-links';

describe('relativeFromFile', () => {
  it('climbs from the page to the root, naming folders by their index.html', () => {
    expect(relativeFromFile('/_astro/a.css', 'booklets/x/index.html')).toBe('../../_astro/a.css');
    expect(relativeFromFile('/_astro/a.css', 'index.html')).toBe('_astro/a.css');
    expect(relativeFromFile('/', 'index.html')).toBe('index.html');
    expect(relativeFromFile('/tools/', 'tools/x/index.html')).toBe('../index.html');
    expect(relativeFromFile('/tools/#a', '404.html')).toBe('tools/index.html#a');
  });
  it('leaves relative, other-site and protocol-relative URLs alone', () => {
    for (const u of ['../x/', 'https://example.org/', '//cdn.example/x', '#top', 'mailto:a@b']) {
      expect(relativeFromFile(u, 'a/b/index.html')).toBe(u);
    }
  });
});

describe('relativizePage', () => {
  it("rewrites Astro's own URLs and keeps the rest of the page byte for byte", async () => {
    const html =
      '<!doctype html><html data-root="../../"><head><link rel="stylesheet" href="/_astro/a.css">' +
      '<script is:x>if (a < b && "</p>") {}</script></head><body><a href="../x/index.html" title="&amp; &lt;">x</a>' +
      '<img src="../../a.png" alt=""></body></html>';
    const { html: out, leftovers } = await relativizePage(html, 'booklets/x/index.html');
    expect(out).toContain('href="../../_astro/a.css"');
    expect(out).toContain('<a href="../x/index.html" title="&amp; &lt;">x</a>');
    expect(out).toContain('<script is:x>if (a < b && "</p>") {}</script>');
    expect(leftovers).toEqual([]);
  });

  it('rewrites srcset lists in the head', async () => {
    const { html } = await relativizePage(
      '<head><link rel="preload" imagesrcset="x" srcset="/a.png 1x, /b.png 2x"></head>',
      'a/index.html',
    );
    expect(html).toContain('srcset="../a.png 1x, ../b.png 2x"');
  });
  it('reports, in the body, any attribute holding a path from the server root', async () => {
    const { leftovers } = await relativizePage(
      '<head></head><body><div title="/ not a path" data-island-src="/_client/w.js"></div><img srcset="/a.png 1x"></body>',
      'index.html',
    );
    expect(leftovers).toEqual(['div[data-island-src]="/_client/w.js"', 'img[srcset]="/a.png 1x"']);
  });
});
