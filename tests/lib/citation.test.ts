import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  ATTRIBUTION,
  type CitationSource,
  type CitedPublication,
  citationRuns,
  citationText,
  DCAF_TEXT,
  isLocalOnly,
  joinAuthors,
  linkToPath,
  PUBLICATION_NAMES,
  paragraphOf,
  parsePublicationCitation,
  publicationRuns,
  READER_TEXT,
  runsToText,
  SITE_NOTE,
  SITE_RECOMMENDATION,
  SITE_SUMMARY,
  sectionOf,
  shareableLink,
  siteCredit,
} from '../../src/lib/citation';

const PPP_CITATION =
  'Franziska Klopfer and Irina Rizmal, Cybersecurity in the Western Balkans: A Guide to Public–Private Partnerships (Geneva: DCAF, 2021)';

const ppp = parsePublicationCitation(PPP_CITATION, 'ppp-guide', 'publisher')!;
const booklets = parsePublicationCitation(
  'Tadas Jakštas, Booklets on National Cybersecurity Institutions (Geneva: DCAF, 2022)',
  'booklets',
  'site',
)!;

describe('the names', () => {
  it('never call either DCAF’s publication or this site "the Guide"', () => {
    const names = [
      DCAF_TEXT,
      ...Object.values(PUBLICATION_NAMES),
      SITE_RECOMMENDATION,
      SITE_NOTE,
      SITE_SUMMARY,
      READER_TEXT,
      ATTRIBUTION,
      siteCredit('1.2.3', '2026-12-01'),
    ];
    for (const name of names) expect(name, name).not.toMatch(/\bthe Guide\b|Guide's/i);
  });

  it('say whose words are whose', () => {
    for (const label of [SITE_RECOMMENDATION, SITE_NOTE, SITE_SUMMARY]) expect(label).toMatch(/this site/i);
    for (const name of Object.values(PUBLICATION_NAMES)) expect(name).toMatch(/^DCAF's /);
    expect(READER_TEXT).toMatch(/not DCAF's/);
    expect(ATTRIBUTION).toContain(DCAF_TEXT);
    expect(siteCredit('1.2.3', '2026-12-01')).toBe(
      'Made with this site, the Cybersecurity Governance Guide (version 1.2.3), on 2026-12-01.',
    );
  });
});

describe('parsePublicationCitation', () => {
  it('reads DCAF’s citation into its parts', () => {
    expect(ppp).toEqual({
      id: 'ppp-guide',
      authors: ['Franziska Klopfer', 'Irina Rizmal'],
      title: 'Cybersecurity in the Western Balkans: A Guide to Public–Private Partnerships',
      place: 'Geneva',
      publisher: 'DCAF',
      year: 2021,
      citationBy: 'publisher',
    } satisfies CitedPublication);
    expect(booklets.authors).toEqual(['Tadas Jakštas']);
  });

  it('reads the copyright page’s "Cite as" line, italics and all', () => {
    const source = readFileSync('tests/fixtures/sources/ppp-guide.txt', 'utf8');
    const line = /^Cite as: (.+)$/m.exec(source)![1]!;
    expect(parsePublicationCitation(line, 'ppp-guide', 'publisher')).toEqual(ppp);
  });

  it('reads every page’s citation and writes it back exactly', () => {
    for (const dir of ['content/ppp-guide', 'content/booklets']) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
        const front = parseYaml(readFileSync(join(dir, file), 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
        const cited = parsePublicationCitation(String(front.citation), 'ppp-guide', 'publisher');
        expect(cited, file).toBeDefined();
        expect(runsToText(publicationRuns(cited!)), file).toBe(front.citation);
        expect(cited!.year, file).toBe(front.year);
      }
    }
  });

  it('refuses text in another form', () => {
    expect(parsePublicationCitation('Some title, 2021', 'ppp-guide', 'publisher')).toBeUndefined();
    expect(parsePublicationCitation('', 'ppp-guide', 'publisher')).toBeUndefined();
  });
});

describe('joinAuthors', () => {
  it('joins as a sentence does', () => {
    expect(joinAuthors(['A'])).toBe('A');
    expect(joinAuthors(['A', 'B'])).toBe('A and B');
    expect(joinAuthors(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('sectionOf', () => {
  it('gives a subsection of the PPP guide its section’s number', () => {
    expect(sectionOf(['2.2 Setting up a cybersecurity PPP', 'Define the hierarchical structure'])).toEqual({
      number: '2.2',
      heading: 'Define the hierarchical structure',
    });
  });

  it('joins the booklets’ roman part and arabic item', () => {
    expect(
      sectionOf([
        'III. Recommendations for strengthening cooperation with private sector actors',
        '5. Ensure the discretion of shared information',
      ]),
    ).toEqual({ number: 'III.5', heading: 'Ensure the discretion of shared information' });
    expect(sectionOf(['I. Benefits of setting up sectoral CERTs'])).toEqual({
      number: 'I',
      heading: 'Benefits of setting up sectoral CERTs',
    });
  });

  it('keeps a full number as it is and leaves unnumbered headings unnumbered', () => {
    expect(sectionOf(['Chapter 3', '3.2 Enhancing situational awareness'])?.number).toBe('3.2');
    expect(sectionOf(['Introduction'])).toEqual({ number: undefined, heading: 'Introduction' });
    expect(sectionOf(['  Box 4  Cybersecurity policy discussions '])).toEqual({
      number: undefined,
      heading: 'Box 4 Cybersecurity policy discussions',
    });
    expect(sectionOf([])).toBeUndefined();
  });
});

describe('paragraphOf', () => {
  it('reads the paragraph number of a citable paragraph id', () => {
    expect(paragraphOf('2-2-hierarchical-structure-p3')).toBe(3);
    expect(paragraphOf('intro-p12')).toBe(12);
    expect(paragraphOf('table-2')).toBeUndefined();
    expect(paragraphOf('box-4')).toBeUndefined();
  });
});

describe('links that may leave this computer', () => {
  const diskRoot = 'file:///C:/Users/ana/Desktop/guide/';
  const diskPage = `${diskRoot}ppp-guide/chapter-2/index.html#2-2-hierarchical-structure-p3`;

  it('knows which links work only here', () => {
    for (const url of [
      diskPage,
      'http://localhost:4321/x/',
      'http://127.0.0.1/',
      'http://[::1]:8080/',
      'blob:x',
      'nonsense',
    ])
      expect(isLocalOnly(url), url).toBe(true);
    for (const url of ['https://example.org/guide/', 'http://intranet.example/guide/'])
      expect(isLocalOnly(url), url).toBe(false);
  });

  it('never lets the local folder out', () => {
    const link = shareableLink(diskPage, { siteRoot: diskRoot });
    expect(link).toEqual({ kind: 'in-site', path: '/ppp-guide/chapter-2/#2-2-hierarchical-structure-p3' });
    expect(JSON.stringify(link)).not.toMatch(/Users|ana|Desktop|file:/);
    expect(shareableLink('file:///elsewhere/secret.html', { siteRoot: diskRoot })).toBeUndefined();
  });

  it('uses the public address when one is configured', () => {
    for (const publicSiteUrl of ['https://example.org/guide/', 'https://example.org/guide']) {
      expect(shareableLink(diskPage, { siteRoot: diskRoot, publicSiteUrl })).toEqual({
        kind: 'web',
        href: 'https://example.org/guide/ppp-guide/chapter-2/#2-2-hierarchical-structure-p3',
      });
    }
    // A configured address that is itself local is no better than the path.
    expect(shareableLink(diskPage, { siteRoot: diskRoot, publicSiteUrl: 'http://localhost:4321/' })?.kind).toBe(
      'in-site',
    );
  });

  it('keeps a web page’s own address, without credentials', () => {
    const root = 'https://example.org/guide/';
    expect(shareableLink(`${root}booklets/sectoral-certs/#iii-4`, { siteRoot: root })).toEqual({
      kind: 'web',
      href: 'https://example.org/guide/booklets/sectoral-certs/#iii-4',
    });
    expect(shareableLink('https://ana:pw@intranet.example/g/', { siteRoot: 'https://intranet.example/g/' })).toEqual({
      kind: 'web',
      href: 'https://intranet.example/g/',
    });
  });

  it('treats a local web server like the disk', () => {
    expect(
      shareableLink('http://localhost:4321/guide/tools/plan/', { siteRoot: 'http://localhost:4321/guide/' }),
    ).toEqual({ kind: 'in-site', path: '/tools/plan/' });
  });

  it('links a path inside the site from any kind of root', () => {
    expect(linkToPath('/ppp-guide/chapter-3/#3-2-situational-awareness', { siteRoot: diskRoot })).toEqual({
      kind: 'in-site',
      path: '/ppp-guide/chapter-3/#3-2-situational-awareness',
    });
    expect(linkToPath('/ppp-guide/chapter-3/#x', { siteRoot: 'https://example.org/guide/' })).toEqual({
      kind: 'web',
      href: 'https://example.org/guide/ppp-guide/chapter-3/#x',
    });
  });
});

describe('citations', () => {
  const pppPassage: CitationSource = {
    publication: ppp,
    document: 'Chapter 2 Planning, setting up, and running a cybersecurity PPP',
    section: { number: '2.2', heading: 'Define the hierarchical structure' },
    paragraph: 3,
    link: { kind: 'web', href: 'https://example.org/ppp-guide/chapter-2/#2-2-hierarchical-structure-p3' },
  };

  it('cites the publication as DCAF does, then where the passage is, then the link', () => {
    expect(citationText(pppPassage)).toBe(
      'Franziska Klopfer and Irina Rizmal, Cybersecurity in the Western Balkans: A Guide to Public–Private Partnerships (Geneva: DCAF, 2021), “Chapter 2 Planning, setting up, and running a cybersecurity PPP”, section 2.2 “Define the hierarchical structure”, paragraph 3, https://example.org/ppp-guide/chapter-2/#2-2-hierarchical-structure-p3.',
    );
  });

  it('marks the title as italic and the link as a link, for Word', () => {
    const runs = citationRuns(pppPassage);
    expect(runs.filter((r) => r.italic).map((r) => r.text)).toEqual([ppp.title]);
    expect(runs.filter((r) => r.href).map((r) => r.href)).toEqual([
      'https://example.org/ppp-guide/chapter-2/#2-2-hierarchical-structure-p3',
    ]);
    expect(runsToText(runs)).toBe(citationText(pppPassage));
  });

  it('cites a booklet passage read from disk by its path, never by a slug alone', () => {
    const text = citationText({
      publication: booklets,
      document: 'Strengthening Cooperation with Private Sector Actors for Networking and Information Sharing',
      section: { number: 'III.5', heading: 'Ensure the discretion of shared information' },
      paragraph: 1,
      link: {
        kind: 'in-site',
        path: '/booklets/private-sector-cooperation/#iii-5-discretion-of-shared-information-p1',
      },
    });
    expect(text).toBe(
      'Tadas Jakštas, Booklets on National Cybersecurity Institutions (Geneva: DCAF, 2022), “Strengthening Cooperation with Private Sector Actors for Networking and Information Sharing”, section III.5 “Ensure the discretion of shared information”, paragraph 1 (this site, page /booklets/private-sector-cooperation/#iii-5-discretion-of-shared-information-p1).',
    );
  });

  it('leaves out what is not known or would repeat itself', () => {
    expect(citationText({ publication: booklets, document: booklets.title })).toBe(
      'Tadas Jakštas, Booklets on National Cybersecurity Institutions (Geneva: DCAF, 2022).',
    );
    expect(
      citationText({ publication: ppp, document: 'Introduction', section: { heading: 'Introduction' }, paragraph: 2 }),
    ).toBe(`${runsToText(publicationRuns(ppp))}, “Introduction”, paragraph 2.`);
    expect(citationText({ publication: ppp, document: 'Chapter 3 Examples', section: { heading: 'Box 4 X' } })).toBe(
      `${runsToText(publicationRuns(ppp))}, “Chapter 3 Examples”, “Box 4 X”.`,
    );
  });
});
