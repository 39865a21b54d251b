/**
 * Properties of the built reading pages that need no browser: no JavaScript,
 * nothing from another origin, the citation on every document page, and
 * abbreviations expanded once per page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { htmlFiles, readDist, requireDist } from '../support/dist';

beforeAll(requireDist);

const pages = () => htmlFiles();
/**
 * The page without the two scripts every page carries: the line that marks
 * html.js (src/components/client/js-class.js) and the search loader
 * (src/components/search/SiteSearch.astro).
 */
const withoutSearchLoader = (html: string) =>
  html
    .replace(/<script (?:data-search-loader|data-js-class)\b[^>]*>[\s\S]*?<\/script>/g, '')
    // Data, never run: the citation data of a document page ("Cite").
    .replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g, '');
const documentPages = () => [...htmlFiles('booklets'), ...htmlFiles('ppp-guide')];

describe('built reading pages', () => {
  it('ship no JavaScript unless they hold a widget (an island), but for the search loader and the html.js line', () => {
    const reading = pages().filter((p) => !readDist(p).includes('data-island='));
    expect(reading).toEqual(
      expect.arrayContaining(['index.html', 'glossary/index.html', '404.html', 'booklets/introduction/index.html']),
    );
    const withScripts = reading.filter((p) => /<script\b/i.test(withoutSearchLoader(readDist(p))));
    expect(withScripts).toEqual([]);
  });

  it('carry the search loader once each: inline, classic, under 1 KB, fetching nothing by itself', () => {
    for (const p of pages()) {
      const loaders = parse(readDist(p)).querySelectorAll('script[data-search-loader]');
      expect(loaders.length, p).toBe(1);
      const el = loaders[0]!;
      expect(el.getAttribute('src'), p).toBeUndefined();
      expect(el.getAttribute('type'), p).toBeUndefined();
      // The code under 1 KB; its attributes are the addresses of what it loads.
      expect(Buffer.byteLength(el.text), p).toBeLessThan(1024);
      const js = parse(readDist(p)).querySelectorAll('script[data-js-class]');
      expect(
        js.map((s) => s.text),
        p,
      ).toEqual(['document.documentElement.className+=" js";']);
      expect(el.text, p).not.toMatch(/\bfetch\(|XMLHttpRequest|import\(|eval\(|new Function/);
    }
    // No inline event handlers anywhere (a Content-Security-Policy forbids them).
    const handlers = pages().filter((p) => /<[^>]+\son[a-z]+=/i.test(readDist(p)));
    expect(handlers).toEqual([]);
  });

  it('islands appear only on tool pages and on documents that embed a tool', () => {
    const withIslands = pages().filter((p) => readDist(p).includes('data-island='));
    const unexpected = withIslands.filter(
      (p) => !p.startsWith('tools/') && !readDist(p).includes('class="wizard-embed"'),
    );
    expect(unexpected).toEqual([]);
  });

  it("reference nothing on another origin (only links to the publisher's sources may point out)", () => {
    const offenders: string[] = [];
    for (const p of pages()) {
      const root = parse(readDist(p));
      for (const el of root.querySelectorAll('[src], link[href], [srcset]')) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('srcset') ?? '';
        if (/^(https?:)?\/\//i.test(ref)) offenders.push(`${p}: ${ref}`);
      }
      if (/@import\s+url\(\s*['"]?https?:|url\(\s*['"]?https?:/i.test(readDist(p))) offenders.push(`${p}: CSS url()`);
    }
    expect(offenders).toEqual([]);
  });

  it('every document page has one h1, the citation and the terms of use', () => {
    expect(documentPages().length).toBeGreaterThanOrEqual(10);
    for (const p of documentPages()) {
      const root = parse(readDist(p));
      expect(root.querySelectorAll('h1').length, p).toBe(1);
      const cite = root.querySelector('.cite');
      expect(cite?.text, p).toMatch(/refrain from altering the content/);
      expect(cite?.querySelector('.cite__citation')?.text.length ?? 0, p).toBeGreaterThan(20);
    }
  });

  it('expands each abbreviation at most once per page', () => {
    for (const p of documentPages()) {
      const titles = parse(readDist(p))
        .querySelectorAll('main .prose abbr')
        .map((a) => a.text);
      const twice = titles.filter((t, i) => titles.indexOf(t) !== i);
      expect(twice, p).toEqual([]);
    }
  });

  it('expands CERT on the sectoral CERTs page', () => {
    const abbr = parse(readDist('booklets/sectoral-certs/index.html')).querySelector(
      'main .prose abbr[title="computer emergency response team"]',
    );
    expect(abbr?.text).toBe('CERT');
  });

  it("the redrawn infographics carry the original infographics' own words", () => {
    const page = parse(readDist('booklets/private-sector-cooperation/index.html'));
    const figures = page.querySelectorAll('main figure').map((f) => f.text.replace(/\s+/g, ' '));
    const words = [
      'Unclear roles',
      'Unclear goals',
      'Unrealistic agenda',
      'Ineffective communication',
      'Lack of incentives',
      'Mitigated risk',
      'Better awareness',
      'Knowledge sharing',
      'Shared vision',
      'Consensus decisions',
      'Personal (for named recipients only)',
      'Limited distribution',
      'Community wide',
      'Unlimited',
      'TRAFFIC LIGHT PROTOCOL',
    ];
    for (const w of words)
      expect(
        figures.some((f) => f.includes(w)),
        w,
      ).toBe(true);
  });

  it('each booklet with an infographic has its figure, captioned', () => {
    for (const p of ['national-cybersecurity-agencies', 'sectoral-certs', 'private-sector-cooperation']) {
      const figures = parse(readDist(`booklets/${p}/index.html`)).querySelectorAll('main figure');
      expect(figures.length, p).toBeGreaterThan(0);
      for (const f of figures) expect(f.querySelector('figcaption')?.text.trim().length ?? 0, p).toBeGreaterThan(20);
    }
  });
});
