import { describe, expect, it } from 'vitest';
import { buildQuickFindIndex } from '../../../src/lib/search/quickfind';
import { createQuickFind, editDistance, matchingWords } from '../../../src/lib/search/quickfind-search';
import { INPUT } from './fixture';

const qf = createQuickFind(buildQuickFindIndex(INPUT));
const first = (q: string, publication?: string) => qf.search(q, { publication })[0];
const urls = (q: string) => qf.search(q).map((h) => h.url);

describe('quick-find search', () => {
  it('finds examples by name, first, without far weaker neighbours', () => {
    expect(urls('CERTFin')).toEqual(['booklets/sectoral-certs/#example-certfin']);
    expect(first('CERTFin')).toMatchObject({
      kind: 'example',
      url: 'booklets/sectoral-certs/#example-certfin',
      title: 'CERTFin (Italy)',
    });
    expect(first('UP KRITIS')).toMatchObject({
      kind: 'example',
      url: 'booklets/private-sector-cooperation/#example-up-kritis',
    });
    expect(first('melani')?.url).toBe('booklets/private-sector-cooperation/#example-melani');
  });

  it('puts the passage before the glossary line and the tool for a name the text uses', () => {
    const hits = qf.search('Traffic Light Protocol');
    expect(hits[0]).toMatchObject({
      kind: 'section',
      url: 'booklets/private-sector-cooperation/#iii-5-discretion-of-shared-information',
      title: 'III.5 Ensure the discretion of shared information',
    });
    expect(hits.map((h) => h.kind)).toEqual(expect.arrayContaining(['term', 'tool']));
  });

  it('puts an abbreviation typed whole on its glossary line, with its meaning', () => {
    expect(first('TLP')).toMatchObject({ kind: 'term', url: 'glossary/#abbr-tlp', detail: 'Traffic Light Protocol' });
    expect(urls('TLP')).toContain('booklets/private-sector-cooperation/#iii-5-discretion-of-shared-information');
  });

  it('ignores diacritics in the query and in the index', () => {
    expect(first('Jakstas')?.url).toBe('booklets/introduction/#about-the-author');
    expect(first('Jakštas')?.url).toBe('booklets/introduction/#about-the-author');
    expect(first('JAKŠTAS')?.url).toBe('booklets/introduction/#about-the-author');
  });

  it('tolerates typos', () => {
    expect(first('secretarait')?.url).toBe('ppp-guide/chapter-2/#2-2-hierarchical-structure');
    expect(first('certfn')?.url).toBe('booklets/sectoral-certs/#example-certfin');
    expect(first('kritsi')?.url).toBe('booklets/private-sector-cooperation/#example-up-kritis');
    expect(first('hierachical')?.url).toBe('ppp-guide/chapter-2/#2-2-hierarchical-structure');
  });

  it('but not too many: short words must match exactly, and a word never matches inside an unrelated one', () => {
    expect(qf.search('xyz')).toEqual([]);
    expect(qf.search('zzzzzzzz')).toEqual([]);
    // Fuse.js alone finds "trust" in "structure"; the word check drops it.
    expect(urls('trust')).not.toContain('ppp-guide/chapter-2/#2-2-hierarchical-structure');
  });

  it('matches other forms of a word', () => {
    expect(first('hierarchy')?.url).toBe('ppp-guide/chapter-2/#2-2-hierarchical-structure');
    expect(urls('certs')).toContain('booklets/sectoral-certs/');
  });

  it('needs every word of the query', () => {
    expect(urls('up kritis germany')).toEqual(['booklets/private-sector-cooperation/#example-up-kritis']);
    expect(qf.search('kritis switzerland')).toEqual([]);
  });

  it('finds sections by number', () => {
    const hits = qf.search('III.5');
    expect(
      hits
        .slice(0, 2)
        .map((h) => h.url)
        .sort(),
    ).toEqual([
      'booklets/private-sector-cooperation/#iii-5-discretion-of-shared-information',
      'booklets/sectoral-certs/#iii-5-legislation-and-legal-authority',
    ]);
    expect(first('2.2')?.url).toBe('ppp-guide/chapter-2/#2-2-setting-up');
  });

  it('finds hyphenated names written together', () => {
    expect(first('zcert')?.url).toBe('booklets/sectoral-certs/#example-z-cert');
    expect(first('fsisac')?.url).toBe('glossary/#abbr-fs-isac');
    expect(first('z-cert')?.url).toBe('booklets/sectoral-certs/#example-z-cert');
  });

  it('says where each hit is, and which words to highlight there', () => {
    const hit = first('secretariat')!;
    expect(hit.context).toBe(
      'Chapter 2 Planning, setting up, and running a cybersecurity PPP › 2.2 Setting up a cybersecurity PPP',
    );
    expect(hit.terms).toContain('secretariat');
    expect(first('Jakstas')!.terms).toEqual(['jakstas']);
    expect(first('CERTFin')!.context).toBe('Booklet 2: Sectoral CERTs › IV. Examples of established sectoral CERTs');
  });

  it('filters by publication', () => {
    expect(first('secretariat', 'booklets')).toBeUndefined();
    expect(first('secretariat', 'ppp-guide')?.url).toBe('ppp-guide/chapter-2/#2-2-hierarchical-structure');
    expect(qf.search('TLP', { publication: 'tools' }).every((h) => h.publication === 'tools')).toBe(true);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(qf.search('   ')).toEqual([]);
    expect(qf.search('e', { limit: 3 }).length).toBeLessThanOrEqual(3);
  });

  it('answers within a few milliseconds', () => {
    qf.search('warm up');
    const start = performance.now();
    for (const q of ['secretarait', 'Traffic Light Protocol', 'CERTFin', 'Jakstas', 'UP KRITIS']) qf.search(q);
    expect((performance.now() - start) / 5).toBeLessThan(5);
  });
});

describe('matchingWords', () => {
  const vocab = ['define', 'the', 'hierarchical', 'structure', 'secretariat', 'z-cert', 'z', 'cert', 'trusted'];
  it('accepts starts of words, shared stems and typos, and returns the words matched', () => {
    expect(matchingWords(['hierarchy'], vocab)).toEqual(['hierarchical']);
    expect(matchingWords(['secretarait'], vocab)).toEqual(['secretariat']);
    expect(matchingWords(['trust'], vocab)).toEqual(['trusted']);
    expect(matchingWords(['cert', 'define'], vocab)).toEqual(['cert', 'define']);
  });
  it('rejects a record when any query word matches nothing', () => {
    expect(matchingWords(['ruct'], vocab)).toBeNull();
    expect(matchingWords(['define', 'budget'], vocab)).toBeNull();
  });
});

describe('editDistance', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('secretarait', 'secretariat')).toBe(1);
    expect(editDistance('kritsi', 'kritis')).toBe(1);
    expect(editDistance('certfn', 'certfin')).toBe(1);
    expect(editDistance('trust', 'structure')).toBeGreaterThan(2);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
