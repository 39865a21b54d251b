import { describe, expect, it } from 'vitest';
import { buildQuickFindIndex } from '../../../src/lib/search/quickfind';
import { createQuickFind, editDistance, matchingWords } from '../../../src/lib/search/quickfind-search';
import { ALIASES, INPUT } from './fixture';

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

describe("quick-find search with the site's aliases", () => {
  const aq = createQuickFind(buildQuickFindIndex({ ...INPUT, aliases: ALIASES }));
  const aurls = (q: string, publication?: string) => aq.search(q, { publication }).map((h) => h.url);

  it('puts what an everyday word means first, though the word itself is elsewhere in the text', () => {
    // "funding" is in 2.2 hierarchical structure's text too; the alias puts the financial plan first.
    expect(urls('funding')[0]).toBe('ppp-guide/chapter-2/#2-2-hierarchical-structure');
    const [top] = aq.search('funding');
    expect(top).toMatchObject({ url: 'ppp-guide/chapter-2/#2-2-financial-plan', alias: 'financial plan' });
    expect(top!.terms).toEqual(['financial', 'plan']);
    expect(aurls('who should lead')[0]).toBe('ppp-guide/chapter-2/#2-2-hierarchical-structure');
    expect(qf.search('who should lead')).toEqual([]);
  });

  it('leads a regional query to the English passage, and adds what the English words find', () => {
    expect(aurls('sektorski CERT').slice(0, 2)).toEqual([
      'booklets/sectoral-certs/',
      'booklets/sectoral-certs/#iii-recommendations',
    ]);
    // Quick-find alone finds nothing for it.
    expect(qf.search('sektorski CERT')).toEqual([]);
    for (const q of ['секторски CERT', 'CERT sektorial', 'Sektorski cert'])
      expect(aurls(q)[0], q).toBe('booklets/sectoral-certs/');
    // "protokol semafora": the aliases' three targets, then the glossary line "Traffic Light Protocol" finds.
    const tlp = aurls('protokol semafora');
    expect(tlp.slice(0, 3)).toEqual([
      'booklets/private-sector-cooperation/#iii-5-discretion-of-shared-information',
      'tools/tlp/',
      'tools/tlp/yes/named/',
    ]);
    expect(tlp).toContain('glossary/#abbr-tlp');
    expect(aurls('финансирање')[0]).toBe('ppp-guide/chapter-2/#2-2-financial-plan');
  });

  it('says what the aliases made of a query', () => {
    expect(aq.expand('sektorski CERT')).toEqual({
      terms: 'sectoral CERT',
      languages: ['mk', 'sr'],
      whole: true,
      rest: [],
    });
    expect(aq.expand('budget the')).toEqual({
      terms: 'financial plan',
      languages: ['en'],
      whole: false,
      rest: ['the'],
    });
    expect(aq.expand('secretariat')).toBeUndefined();
    expect(qf.expand('sektorski CERT')).toBeUndefined();
  });

  it('shows a tool result as one, linked to its own page', () => {
    const red = aq.search('protokol semafora').find((h) => h.kind === 'outcome')!;
    expect(red).toMatchObject({
      title: 'TLP:RED — for named recipients only',
      context: 'Which Traffic Light Protocol label should this information carry?',
      url: 'tools/tlp/yes/named/',
      publication: 'tools',
    });
    // Found by its recommendation's words as well as its title.
    expect(urls('disclosed')).toContain('tools/tlp/yes/named/');
  });

  it('keeps the publication filter for what the aliases point to', () => {
    expect(aurls('protokol semafora', 'tools').every((u) => u.startsWith('tools/'))).toBe(true);
    expect(aurls('sektorski CERT', 'ppp-guide')).toEqual([]);
  });

  it('leaves the abbreviations to the glossary, first', () => {
    expect(aq.search('TLP')[0]).toMatchObject({ kind: 'term', url: 'glossary/#abbr-tlp' });
    expect(aq.expand('CERT')).toBeUndefined();
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
