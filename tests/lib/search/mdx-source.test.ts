import { describe, expect, it } from 'vitest';
import { mdxBlocks, plainText } from '../../../src/lib/search/mdx-source';

const BODY = `Intro words before any heading.

## III. Recommendations {#iii-recommendations}

Some **bold** text and a [link](https://example.org).

### 5. Ensure the discretion of shared information {#iii-5-discretion}

Under five.

<Example id="example-certfin" title="CERTFin (Italy)">

CERTFin text.

</Example>

After the example, still III.5.

<TlpFigure />

<table id="table-2">
  <caption>Table 2 Stages of cybersecurity communities</caption>
</table>

<Box number={2} title="Information sharing in North Macedonia">

Box text.

</Box>

\`\`\`
## Not a heading {#nope}
<Example id="nope" title="nope">
\`\`\`
`;

describe('mdxBlocks', () => {
  const { intro, blocks } = mdxBlocks(BODY, {
    figureCaptions: {
      TlpFigure: 'Figure: The four colours of the Traffic Light Protocol (redrawn by this site from x)',
    },
  });

  it('finds headings with their ids and depth, examples and boxes, in order', () => {
    expect(blocks.map((b) => [b.kind, b.id, b.title, b.depth])).toEqual([
      ['section', 'iii-recommendations', 'III. Recommendations', 2],
      ['section', 'iii-5-discretion', '5. Ensure the discretion of shared information', 3],
      ['example', 'example-certfin', 'CERTFin (Italy)', undefined],
      ['box', 'box-2', 'Box 2 Information sharing in North Macedonia', undefined],
    ]);
  });

  it('gives each block its own words; text after an example belongs to the section again', () => {
    expect(intro).toBe('Intro words before any heading.');
    expect(blocks[0]!.body).toBe('Some bold text and a link.');
    expect(blocks[1]!.body).toContain('Under five.');
    expect(blocks[1]!.body).toContain('After the example, still III.5.');
    expect(blocks[1]!.body).not.toContain('CERTFin text');
    expect(blocks[2]!.body).toBe('CERTFin text.');
    expect(blocks[3]!.body).toBe('Box text.');
  });

  it("names a section by the captions of its figures and tables, without the site's aside", () => {
    expect(blocks[1]!.extra).toEqual([
      'Figure: The four colours of the Traffic Light Protocol',
      'Table 2 Stages of cybersecurity communities',
    ]);
    expect(blocks[0]!.extra).toBeUndefined();
  });

  it('ignores what is inside fenced code', () => {
    expect(blocks.some((b) => b.id === 'nope')).toBe(false);
  });
});

describe('plainText', () => {
  it('drops tags, expressions and Markdown marks', () => {
    expect(plainText('<FootnoteRef n={3} /> A *b* `c` {x} [d](e)')).toBe('A b c d');
  });
});
