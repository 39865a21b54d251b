import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorPlaces, type CitableDocument, citationSourceFor } from '../../src/lib/citation-anchors';
import { citationText, parsePublicationCitation } from '../../src/lib/citation';

const mdx = (doc: string) => readFileSync(`content/${doc}.mdx`, 'utf8');
const ppp = parsePublicationCitation(
  'Franziska Klopfer and Irina Rizmal, Cybersecurity in the Western Balkans: A Guide to Public–Private Partnerships (Geneva: DCAF, 2021)',
  'ppp-guide',
  'publisher',
)!;
const booklets = parsePublicationCitation(
  'Tadas Jakštas, Booklets on National Cybersecurity Institutions (Geneva: DCAF, 2022)',
  'booklets',
  'site',
)!;
const citable = (doc: string, title: string): CitableDocument => ({
  title,
  publication: doc.startsWith('ppp-guide') ? ppp : booklets,
  places: anchorPlaces(mdx(doc)),
});
const chapter2 = citable('ppp-guide/chapter-2', 'Chapter 2 Planning, setting up, and running a cybersecurity PPP');

describe('anchorPlaces', () => {
  it('places a subsection under its section', () => {
    expect(chapter2.places['2-2-hierarchical-structure']).toEqual({
      headings: ['2.2 Setting up a cybersecurity PPP', 'Define the hierarchical structure'],
    });
    expect(chapter2.places['2-3-running']).toEqual({ headings: ['2.3 Running a cybersecurity PPP'] });
  });

  it('places boxes, tables, notes and examples, and says what they are', () => {
    expect(citable('ppp-guide/chapter-3', '').places['box-4']).toEqual({
      headings: ['3.5 Engaging in policy discussions'],
      element: "Box 4 “Serbia's Cybersecurity Network Foundation”",
    });
    expect(citable('ppp-guide/chapter-1', '').places['table-2']).toEqual({
      headings: ['1.3 Assessing the maturity of cybersecurity communities'],
      element: 'Table 2 “Stages of cybersecurity communities”',
    });
    expect(chapter2.places['fn-5']).toEqual({
      headings: ['2.2 Setting up a cybersecurity PPP', 'Determine the appropriate level of formality'],
      element: 'note 5',
    });
    expect(citable('booklets/private-sector-cooperation', '').places['example-melani']).toEqual({
      headings: ['IV. Examples of information-sharing initiatives'],
      element: 'example “MELANI (Switzerland)”',
    });
  });
});

describe('citationSourceFor', () => {
  it('cites a paragraph by section and number', () => {
    const link = { kind: 'in-site', path: '/ppp-guide/chapter-2/#2-2-hierarchical-structure-p3' } as const;
    expect(citationText(citationSourceFor(chapter2, '2-2-hierarchical-structure-p3', link))).toBe(
      'Franziska Klopfer and Irina Rizmal, Cybersecurity in the Western Balkans: A Guide to Public–Private Partnerships (Geneva: DCAF, 2021), “Chapter 2 Planning, setting up, and running a cybersecurity PPP”, section 2.2 “Define the hierarchical structure”, paragraph 3 (this site, page /ppp-guide/chapter-2/#2-2-hierarchical-structure-p3).',
    );
  });

  it('cites a table by its section, then its number and title', () => {
    const chapter1 = citable('ppp-guide/chapter-1', 'Chapter 1 Concepts and principles');
    expect(citationText(citationSourceFor(chapter1, 'table-2'))).toBe(
      'Franziska Klopfer and Irina Rizmal, Cybersecurity in the Western Balkans: A Guide to Public–Private Partnerships (Geneva: DCAF, 2021), “Chapter 1 Concepts and principles”, section 1.3 “Assessing the maturity of cybersecurity communities”, Table 2 “Stages of cybersecurity communities”.',
    );
  });

  it('cites a note where the text refers to it, and a paragraph before any heading by the page', () => {
    expect(citationSourceFor(chapter2, 'fn-5')).toEqual(
      expect.objectContaining({
        section: { number: '2.2', heading: 'Determine the appropriate level of formality' },
        element: 'note 5',
      }),
    );
    expect(citationSourceFor(chapter2, 'intro-p2')).toEqual(
      expect.objectContaining({ section: undefined, element: undefined, paragraph: 2 }),
    );
    expect(citationSourceFor(chapter2, 'no-such-anchor').section).toBeUndefined();
  });

  it('gives every passage every wizard cites a section or an element (the real trees)', () => {
    const places = new Map<string, ReturnType<typeof anchorPlaces>>();
    const unplaced: string[] = [];
    for (const file of readdirSync('content/wizards').filter((f) => f.endsWith('.json'))) {
      const refs = JSON.stringify(JSON.parse(readFileSync(`content/wizards/${file}`, 'utf8'))).matchAll(
        /"doc":"([^"]+)","anchor":"([^"]+)"|"anchor":"([^"]+)","doc":"([^"]+)"/g,
      );
      for (const m of refs) {
        const doc = m[1] ?? m[4]!;
        const anchor = m[2] ?? m[3]!;
        if (!places.has(doc)) places.set(doc, anchorPlaces(mdx(doc)));
        const source = citationSourceFor({ title: doc, publication: ppp, places: places.get(doc)! }, anchor);
        const placed = source.section || source.element || (anchor.startsWith('intro-p') && source.paragraph);
        if (!placed) unplaced.push(`${file}: ${doc}#${anchor}`);
      }
    }
    expect(places.size).toBeGreaterThan(5);
    expect(unplaced).toEqual([]);
  });
});
