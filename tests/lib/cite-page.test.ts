import { describe, expect, it } from 'vitest';
import { citationText } from '../../src/lib/citation';
import { citeChoices, type CitePageData } from '../../src/lib/cite-page';

const PAGE: CitePageData = {
  publication: {
    id: 'ppp-guide',
    authors: ['Franziska Klopfer', 'Irina Rizmal'],
    title: 'Cybersecurity in the Western Balkans: A Guide to Public–Private Partnerships',
    place: 'Geneva',
    publisher: 'DCAF',
    year: 2021,
    citationBy: 'publisher',
  },
  document: 'Chapter 2 Planning, setting up, and running a cybersecurity PPP',
};
const HEADINGS = [
  { id: '2-1-planning', level: 2, text: '2.1 Planning a cybersecurity PPP' },
  { id: '2-2-setting-up', level: 2, text: '2.2 Setting up a cybersecurity PPP' },
  { id: '2-2-hierarchical-structure', level: 3, text: 'Define the hierarchical structure' },
];
const link = (anchor: string) => ({ kind: 'web' as const, href: `https://example.org/ppp-guide/chapter-2/#${anchor}` });

describe('citeChoices', () => {
  const choices = citeChoices(
    PAGE,
    HEADINGS,
    '2-2-hierarchical-structure',
    [
      { id: '2-2-hierarchical-structure-p1', text: 'One' },
      {
        id: '2-2-hierarchical-structure-p3',
        text: 'If a government assigns cybersecurity responsibilities to a powerful ministry',
      },
    ],
    link,
  );

  it('offers the section, numbered from the heading above it, then each paragraph by its number', () => {
    expect(choices.map((c) => c.label)).toEqual([
      'Section 2.2 “Define the hierarchical structure”',
      'Paragraph 1: “One”',
      'Paragraph 3: “If a government assigns cybersecurity responsibilities to a …”',
    ]);
  });

  it('gives a citation a memo can use: publication, section, paragraph and link', () => {
    expect(citationText(choices[2]!.source)).toBe(
      'Franziska Klopfer and Irina Rizmal, Cybersecurity in the Western Balkans: A Guide to Public–Private Partnerships (Geneva: DCAF, 2021), “Chapter 2 Planning, setting up, and running a cybersecurity PPP”, section 2.2 “Define the hierarchical structure”, paragraph 3, https://example.org/ppp-guide/chapter-2/#2-2-hierarchical-structure-p3.',
    );
  });

  it('cites an h2 section on its own', () => {
    const [top] = citeChoices(PAGE, HEADINGS, '2-1-planning', [], link);
    expect(top!.label).toBe('Section 2.1 “Planning a cybersecurity PPP”');
  });
});
