import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  astroBase,
  highlightTerms,
  inSitePath,
  isRelativeRoot,
  linkModeFromEnv,
  normaliseBasePath,
  publicSiteUrlFromEnv,
  resultHref,
  resultKey,
  rootFor,
  sitePathOf,
  withIndexFile,
  withRoot,
} from '../../src/lib/urls';

describe('the link mode of a build', () => {
  it('is the web at "/" by default, under BASE_PATH when given, offline with OFFLINE=1', () => {
    expect(linkModeFromEnv({})).toEqual({ kind: 'web', base: '/' });
    expect(linkModeFromEnv({ BASE_PATH: '/guide/' })).toEqual({ kind: 'web', base: '/guide/' });
    expect(linkModeFromEnv({ OFFLINE: '1', BASE_PATH: '/guide/' })).toEqual({ kind: 'offline' });
    expect(astroBase({ kind: 'offline' })).toBe('/');
    expect(astroBase({ kind: 'web', base: '/x/' })).toBe('/x/');
  });

  it('normalises a base path and refuses what is not a folder, saying what to give', () => {
    expect(normaliseBasePath('guide')).toBe('/guide/');
    expect(normaliseBasePath('/intranet/cyber')).toBe('/intranet/cyber/');
    expect(normaliseBasePath(' / ')).toBe('/');
    for (const bad of ['../x', 'http://x/', '//x/', '/a b/', '/a?b']) {
      expect(() => normaliseBasePath(bad)).toThrow(/is not a folder of a web site: give a path such as "\/guide\/"/);
    }
  });
});

describe('the public address', () => {
  it('is used only when SITE_URL is a real web address', () => {
    expect(publicSiteUrlFromEnv({ SITE_URL: 'https://cyber.example.org/guide' })).toBe(
      'https://cyber.example.org/guide/',
    );
    expect(publicSiteUrlFromEnv({})).toBeUndefined();
    expect(publicSiteUrlFromEnv({ SITE_URL: 'file:///x/' })).toBeUndefined();
    expect(publicSiteUrlFromEnv({ SITE_URL: '  ' })).toBeUndefined();
  });
});

describe('the root a page links to', () => {
  it('is the base path on the web, whatever the page', () => {
    expect(rootFor({ kind: 'web', base: '/guide/' }, 'booklets/x/')).toBe('/guide/');
  });
  it('climbs one folder per level of the page offline', () => {
    const offline = { kind: 'offline' } as const;
    expect(rootFor(offline, '')).toBe('./');
    expect(rootFor(offline, '404.html')).toBe('./');
    expect(rootFor(offline, 'glossary/')).toBe('../');
    expect(rootFor(offline, 'tools/ppp-type/a/b/')).toBe('../../../../');
  });
  it('reads the page path from the pathname Astro renders it at', () => {
    expect(sitePathOf('/guide/booklets/x/', '/guide/')).toBe('booklets/x/');
    expect(sitePathOf('/', '/')).toBe('');
    expect(sitePathOf('/404/', '/')).toBe('404.html');
    expect(sitePathOf('/guide/404.html', '/guide/')).toBe('404.html');
  });
});

describe('withRoot', () => {
  it('joins root and path on the web, without doubling slashes', () => {
    expect(withRoot('/', '/booklets/')).toBe('/booklets/');
    expect(withRoot('/guide', 'booklets/')).toBe('/guide/booklets/');
    expect(withRoot('/guide/', '/')).toBe('/guide/');
    expect(withRoot('https://example.org/', '/tools/')).toBe('https://example.org/tools/');
  });
  it('names the index.html of folders from a relative root, keeping query and fragment', () => {
    expect(withRoot('../../', '/tools/')).toBe('../../tools/index.html');
    expect(withRoot('./', '/')).toBe('./index.html');
    expect(withRoot('./', '/#documents')).toBe('./index.html#documents');
    expect(withRoot('../', '/favicon.svg')).toBe('../favicon.svg');
    expect(withRoot('..', '/tools/tlp/?tlp=1.a')).toBe('../tools/tlp/index.html?tlp=1.a');
  });
  it('withIndexFile only touches folders', () => {
    expect(withIndexFile('')).toBe('index.html');
    expect(withIndexFile('a/b.json')).toBe('a/b.json');
    expect(withIndexFile('a/?q#h')).toBe('a/index.html?q#h');
  });
  it('tells a relative root from one that starts at the server or another site', () => {
    expect(isRelativeRoot('../')).toBe(true);
    expect(isRelativeRoot('/guide/')).toBe(false);
    expect(isRelativeRoot('file:///C:/x/')).toBe(false);
  });
  it('resolves, from any page, to the same place for any root (property)', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), fc.array(segment, { maxLength: 4 }), (page, target) => {
        const sitePath = page.map((s) => `${s}/`).join('');
        const path = target.map((s) => `${s}/`).join('');
        const root = rootFor({ kind: 'offline' }, sitePath);
        const from = new URL(`http://h/x/y/${sitePath}index.html`);
        const resolved = new URL(withRoot(root, path), from).pathname;
        expect(resolved).toBe(`/x/y/${path}index.html`);
      }),
    );
  });
});

describe('inSitePath', () => {
  it('keeps what is inside the site and never the local folder', () => {
    const root = 'file:///C:/Users/ana/My%20guide/';
    expect(inSitePath('file:///C:/Users/ana/My%20guide/tools/x/index.html?x=1.a#r', root)).toBe('tools/x/?x=1.a#r');
    expect(inSitePath('https://intranet/guide/booklets/y/', 'https://intranet/guide/')).toBe('booklets/y/');
    expect(inSitePath('https://other/guide/x/', 'https://intranet/guide/')).toBeUndefined();
    expect(inSitePath('not a url', root)).toBeUndefined();
    expect(inSitePath(`${root}index.html`, root)).toBe('');
    expect(inSitePath(`${root}404.html`, root)).toBe('404.html');
  });
});

describe('search result links', () => {
  it("map quick-find's and Pagefind's paths through the page's root, never doubling a base", () => {
    expect(resultHref('booklets/sectoral-certs/#example-certfin', { root: '/' })).toBe(
      '/booklets/sectoral-certs/#example-certfin',
    );
    expect(resultHref('/booklets/sectoral-certs/', { root: '/guide/' })).toBe('/guide/booklets/sectoral-certs/');
    expect(resultHref('/ppp-guide/chapter-2/?highlight=funding#2-2-x', { root: '../../' })).toBe(
      '../../ppp-guide/chapter-2/index.html?highlight=funding#2-2-x',
    );
    expect(resultHref('booklets/x/index.html#a', { root: '../' })).toBe('../booklets/x/index.html#a');
  });
  it('adds the words to highlight before the fragment, once each, bounded', () => {
    expect(resultHref('ppp-guide/chapter-2/#2-2', { root: '/', highlight: ['secretariat'] })).toBe(
      '/ppp-guide/chapter-2/?highlight=secretariat#2-2',
    );
    expect(resultHref('a/?highlight=tlp#x', { root: '/', highlight: ['tlp', 'amber', 'amber'] })).toBe(
      '/a/?highlight=tlp&highlight=amber#x',
    );
    const long = resultHref('a/', { root: '/', highlight: ['x'.repeat(40_000)] });
    expect(long.length).toBeLessThan(200);
  });
  it('keys a result the same however it is linked', () => {
    expect(resultKey('/booklets/x/?highlight=tlp#iii-5')).toBe(resultKey('booklets/x/#iii-5'));
    expect(resultKey('booklets/x/index.html')).toBe(resultKey('booklets/x/'));
    expect(resultKey('booklets/x/#a')).not.toBe(resultKey('booklets/x/#b'));
  });
  it('reads the highlight words of an address, ignoring what is too short, too long or too many', () => {
    expect(highlightTerms('?highlight=traffic&highlight=light%20protocol&x=1')).toEqual([
      'traffic',
      'light',
      'protocol',
    ]);
    expect(highlightTerms('?highlight=a&highlight=ok')).toEqual(['ok']);
    expect(highlightTerms(`?highlight=${'y'.repeat(40_000)}`)).toEqual([]);
    expect(highlightTerms(`?highlight=${Array.from({ length: 50 }, (_, i) => `w${i}`).join('+')}`)).toHaveLength(10);
  });
});
