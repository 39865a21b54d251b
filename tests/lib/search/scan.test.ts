import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { markForPagefind, scanDocumentPage } from '../../../src/lib/search/scan';

/** A built document page as the layouts print it, cut down. */
const PAGE = `<!doctype html><html lang="en"><head><title>T</title><meta name="description" content="One line about it."></head><body>
<header class="site-header"><nav aria-label="Site"><a href="/">Home</a></nav></header>
<div class="doc-grid"><main id="main" class="doc">
<p class="doc__publication" data-editorial>Booklets on National Cybersecurity Institutions</p>
<h1>Strengthening Cooperation with Private Sector Actors</h1>
<div class="doc__bar" data-editorial><details class="toc-fold"><summary>On this page 2 sections</summary><nav class="toc" aria-label="On this page"><ol><li><a href="#iii-5">III.5</a></li></ol></nav></details><a class="doc__all" href="#all-documents">All documents</a></div>
<div class="prose">
<p>Opening words before any heading.</p>
<h2 id="iii-recommendations">III. Recommendations for strengthening cooperation</h2>
<p>The following.</p>
<h3 id="iii-5-discretion">5. Ensure the discretion of shared information</h3>
<p>The <abbr title="Traffic Light Protocol">TLP</abbr> provides a method.<sup class="fnref" data-fnref><a href="#fn-3">3</a></sup> One&#39;s &amp; others&#8217;.</p>
<figure class="figure" id="figure-tlp"><div>RED AMBER</div><figcaption><span class="figure__caption-text">Figure: The four colours of the Traffic Light Protocol (redrawn by this site from the booklet's infographic)</span><details><summary>Text description</summary><p>Four labels.</p></details></figcaption></figure>
<p>After the figure.</p>
<h2 id="iv-examples">IV. Examples of information-sharing initiatives</h2>
<section class="example" id="example-up-kritis" aria-labelledby="example-up-kritis-title"><h3 class="example__title" id="example-up-kritis-title"><span class="example__kicker" data-editorial>Example: </span>UP KRITIS (Germany)</h3><p>In Germany, UP KRITIS is a joint initiative.</p></section>
<p>Text after the example belongs to IV.</p>
<aside class="box" id="box-1"><p class="box__title" id="box-1-title"><span class="box__number">Box 1</span> Information sharing in the United States</p><p>ISACs share.</p></aside>
<table id="table-1"><caption>Table 1 Applying principles</caption><tr><td>cell</td></tr></table>
<section class="footnotes"><h2 id="footnotes-label">Footnotes</h2><ol><li id="fn-3">A footnote.</li></ol></section>
</div>
<section class="cite"><h2 id="cite-title">Cite this</h2><p>Jakštas 2022</p></section>
<nav class="prev-next"><a href="/x/">Next</a></nav>
</main>
<nav class="sidebar" id="all-documents"><a href="/y/">Booklet 1</a><a href="/z/" aria-current="page">Booklet 3: Private sector cooperation</a></nav>
<nav class="toc toc--column" aria-labelledby="toc-title"><h2 id="toc-title">On this page</h2><ol><li><a href="#iii-5">III.5</a></li></ol></nav>
</div></body></html>`;

describe('scanDocumentPage', () => {
  const doc = scanDocumentPage(PAGE, 'booklets/private-sector-cooperation/', 'booklets');

  it("reads the title, the sidebar's short title and the description", () => {
    expect(doc).toMatchObject({
      url: 'booklets/private-sector-cooperation/',
      publication: 'booklets',
      title: 'Strengthening Cooperation with Private Sector Actors',
      shortTitle: 'Booklet 3: Private sector cooperation',
      description: 'One line about it.',
      intro: 'Opening words before any heading.',
    });
  });

  it('lists sections, examples and boxes in order, with their ids', () => {
    expect(doc.blocks.map((b) => [b.kind, b.id, b.title])).toEqual([
      ['section', 'iii-recommendations', 'III. Recommendations for strengthening cooperation'],
      ['section', 'iii-5-discretion', '5. Ensure the discretion of shared information'],
      ['section', 'iv-examples', 'IV. Examples of information-sharing initiatives'],
      ['example', 'example-up-kritis', 'UP KRITIS (Germany)'],
      ['box', 'box-1', 'Box 1 Information sharing in the United States'],
    ]);
    expect(doc.blocks[1]!.depth).toBe(3);
  });

  it('gives each block its own text, without footnote markers, and decodes entities', () => {
    const s = doc.blocks[1]!;
    expect(s.body).toContain('The TLP provides a method.');
    expect(s.body).not.toMatch(/method\.3/);
    expect(s.body).toContain("One's & others’.");
    expect(s.body).toContain('After the figure.');
    expect(doc.blocks[2]!.body).toContain('Text after the example belongs to IV.');
    expect(doc.blocks[2]!.body).not.toContain('joint initiative');
    expect(doc.blocks[3]!.body).toBe('In Germany, UP KRITIS is a joint initiative.');
    expect(doc.blocks.map((b) => b.body).join(' ')).not.toContain('A footnote');
  });

  it("adds figure and table captions to their section, without the site's aside", () => {
    expect(doc.blocks[1]!.extra).toEqual(['Figure: The four colours of the Traffic Light Protocol']);
    expect(doc.blocks[2]!.extra).toEqual(['Table 1 Applying principles']);
  });
});

describe('markForPagefind', () => {
  const root = parse(markForPagefind(PAGE, { publication: 'booklets' }));
  const main = root.querySelector('main')!;

  it('indexes <main> only, as a page of its publication', () => {
    expect(main.hasAttribute('data-pagefind-body')).toBe(true);
    expect(main.getAttribute('data-pagefind-filter')).toBe('publication:booklets');
    expect(root.querySelectorAll('[data-pagefind-body]')).toHaveLength(1);
  });

  it('ignores what the site adds around the text', () => {
    for (const sel of ['.doc__bar', '.cite', '.prev-next', '.doc__publication', '[data-fnref]', '.example__kicker']) {
      expect(root.querySelector(sel)?.getAttribute('data-pagefind-ignore'), sel).toBe('all');
    }
  });

  it('weighs headings and example titles above the text', () => {
    expect(main.querySelector('h1')?.getAttribute('data-pagefind-weight')).toBe('10');
    expect(main.querySelector('#iii-recommendations')?.getAttribute('data-pagefind-weight')).toBe('9');
    expect(main.querySelector('#iii-5-discretion')?.getAttribute('data-pagefind-weight')).toBe('8');
    expect(main.querySelector('.box__title')?.getAttribute('data-pagefind-weight')).toBe('8');
    expect(main.querySelector('p')?.hasAttribute('data-pagefind-weight')).toBe(false);
  });
});
