import { describe, expect, it } from 'vitest';
import { checkFidelity, normalise, sentences, sourceParagraphs } from '../../src/lib/fidelity';
import { mainText } from '../../src/lib/page-text';

describe('sourceParagraphs', () => {
  it('drops page numbers, running headers, placeholders and lone bullets', () => {
    const raw =
      'A first line\n7\n continues here.\n•\n\nItem one\nBooklet 1: Setting up a National Cybersecurity Agency (include in Section III(4))\n';
    expect(sourceParagraphs(raw)).toEqual(['A first line', 'continues here.', 'Item one']);
  });

  it("drops an infographic's own words after its placeholder, up to the next text", () => {
    const raw =
      'Booklet 3: How to Strengthen Cooperation (include in Section III(5))\n\nPersonal\n(for named\n\nUnlimited\n\nThe TLP is used widely, by both nations.\nII. Next';
    expect(sourceParagraphs(raw)).toEqual(['The TLP is used widely, by both nations.\nII. Next']);
    const heading =
      'Booklet 3: How (at end of the Introduction)\n\nUnclear roles\n\nIII. Recommendations for strengthening';
    expect(sourceParagraphs(heading)).toEqual(['III. Recommendations for strengthening']);
  });

  it('drops the printed table of contents and keeps link text of Markdown links', () => {
    const raw =
      'Introduction\t8\n1.1 Defining cybersecurity PPPs.....\t10\n\nfollow us on Twitter [@DCAF_Geneva](https://twitter.com/DCAF_Geneva) today';
    expect(sourceParagraphs(raw)).toEqual(['follow us on Twitter @DCAF_Geneva today']);
  });

  it('moves footnotes out of the sentence they interrupt', () => {
    const raw =
      'Such funds tend to be project-based, however, they may\n\n⁵ The Traffic Light Protocol is a system.\n\nnot support activities.';
    const paras = sourceParagraphs(raw);
    expect(paras.at(-1)).toBe('⁵ The Traffic Light Protocol is a system.');
  });
});

describe('normalise', () => {
  it('ignores quotes, dashes, line-end hyphens, superscripts and case', () => {
    expect(normalise('DCAF’s ‘Good’ sector-\nspecific PPP.¹')).toBe(normalise("DCAF's 'Good' sector-specific PPP."));
    expect(normalise('https://www.ncsc.gov.\nuk/section')).toBe(normalise('https://www.ncsc.gov.uk/section'));
    expect(normalise('Public–Private')).toBe('publicprivate');
  });
});

describe('sentences', () => {
  it('keeps sentences of six words or more', () => {
    expect(sentences('Too short here. This one has at least six words in it. e.g. lower case stays')).toEqual([
      'This one has at least six words in it. e.g. lower case stays',
    ]);
  });
});

describe('checkFidelity', () => {
  const source = 'The first sentence has seven words here. The second sentence is also long enough.';
  it('passes when every sentence is on the site', () => {
    expect(
      checkFidelity(source, 'the first sentence has seven words here. The second sentence is also long enough!')
        .missing,
    ).toEqual([]);
  });
  it('names the sentence that is missing or altered', () => {
    const report = checkFidelity(
      source,
      'The first sentence has seven words here. The second sentence is long enough.',
    );
    expect(report.checked).toBe(2);
    expect(report.missing).toEqual(['The second sentence is also long enough.']);
  });
});

describe('mainText', () => {
  it('drops editorial additions and footnote markers, keeps inline words whole', () => {
    const html =
      '<main><h2>Title</h2><p>Sectoral <abbr title="x">CERT</abbr>s work.<sup data-fnref>1</sup></p><aside data-editorial>Our note</aside><ul><li>one</li><li>two</li></ul></main>';
    expect(mainText(html)).toBe('Title Sectoral CERTs work. one two');
  });
});

describe('checkFidelity with headings glued to paragraphs', () => {
  const source = 'Introduction\nDCAF has a project that builds institutional capacity here.';
  it('accepts a heading and its paragraph as separate elements', () => {
    expect(
      checkFidelity(source, 'Introduction ... DCAF has a project that builds institutional capacity here.').missing,
    ).toEqual([]);
  });
  it('still fails when a part is altered', () => {
    expect(checkFidelity(source, 'Introduction DCAF has a project that builds capacity here.').missing).toHaveLength(1);
  });
});
