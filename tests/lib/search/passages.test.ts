import { describe, expect, it } from 'vitest';
import { passageExcerpt, passagesOfPage, passagesScript, searchPassages } from '../../../src/lib/search/passages';

const PAGE = `<html><body><nav><p id="nav-p1">Not in main</p></nav>
<main><h1>Title</h1><nav class="toc" data-editorial><p id="toc-p1">Contents</p></nav>
<div class="prose">
<p id="intro-p1">Intro paragraph about incident reporting.</p>
<h2 id="iii-recommendations">III. Recommendations</h2>
<p id="iii-recommendations-p1">Mandatory incident reporting<sup data-fnref>3</sup> helps regulators.</p>
<h3 id="iii-5-discretion">5. Ensure discretion</h3>
<ul id="iii-5-discretion-p1"><li>Use the Traffic Light Protocol.</li><li>Sign non-disclosure agreements.</li></ul>
<aside class="editorial-note" data-editorial><p id="iii-5-discretion-p2">A note of the site.</p></aside>
</div></main></body></html>`;

describe('passagesOfPage', () => {
  const passages = passagesOfPage(PAGE, 'booklets/x/');
  it('takes the citable blocks of <main> with their heading, without what the site added', () => {
    expect(passages).toEqual([
      { u: 'booklets/x/', a: 'intro-p1', h: '', t: 'Intro paragraph about incident reporting.' },
      {
        u: 'booklets/x/',
        a: 'iii-recommendations-p1',
        h: 'III. Recommendations',
        t: 'Mandatory incident reporting helps regulators.',
      },
      {
        u: 'booklets/x/',
        a: 'iii-5-discretion-p1',
        h: '5. Ensure discretion',
        t: 'Use the Traffic Light Protocol. Sign non-disclosure agreements.',
      },
    ]);
  });
  it('refuses a page without <main>', () => {
    expect(() => passagesOfPage('<p id="a-p1">x</p>', 'x/')).toThrow(/x\/: no <main>/);
  });
});

describe('searchPassages', () => {
  const passages = passagesOfPage(PAGE, 'booklets/x/');
  it('needs every word, matching the beginnings of words, folded', () => {
    expect(searchPassages(passages, 'mandatory incident reporting').map((h) => h.a)).toEqual([
      'iii-recommendations-p1',
    ]);
    expect(searchPassages(passages, 'REPORT').map((h) => h.a)).toEqual(['intro-p1', 'iii-recommendations-p1']);
    expect(searchPassages(passages, 'non-disclosure').map((h) => h.a)).toEqual(['iii-5-discretion-p1']);
    expect(searchPassages(passages, 'discrétion').map((h) => h.a)).toEqual(['iii-5-discretion-p1']);
    expect(searchPassages(passages, 'nothing here')).toEqual([]);
    expect(searchPassages(passages, '   ')).toEqual([]);
  });
});

describe('passagesScript', () => {
  it('cannot end its script early', () => {
    const code = passagesScript([{ u: 'a/', a: 'x-p1', h: '', t: '</script><script>alert(1)' }]);
    expect(code).not.toContain('</script');
    expect(code).toMatch(/^window\.sitePassages=/);
  });
});

describe('passageExcerpt', () => {
  it('marks the query words near the first one, escaping the text', () => {
    const text =
      'One two three four five <b> six seven reporting eight nine ten eleven twelve thirteen fourteen fifteen';
    expect(passageExcerpt(text, 'report', 6)).toBe('… six seven <mark>reporting</mark> eight nine ten …');
    expect(passageExcerpt('a <b> reporting', 'report')).toBe('a &lt;b&gt; <mark>reporting</mark>');
    expect(passageExcerpt('Short text.', 'nothing')).toBe('Short text.');
  });
});
