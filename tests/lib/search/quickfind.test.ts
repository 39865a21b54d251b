import { describe, expect, it } from 'vitest';
import {
  buildQuickFindIndex,
  distinctiveWords,
  quickFindScript,
  splitNumber,
  type IndexRecord,
} from '../../../src/lib/search/quickfind';
import { ALIASES, INPUT } from './fixture';

const index = buildQuickFindIndex(INPUT);
const rec = (page: string, anchor?: string): IndexRecord => {
  const g = index.pages.findIndex((p) => p.u === page);
  const r = index.recs.find((x) => x.g === g && x.a === anchor);
  if (!r) throw new Error(`no record for ${page}#${anchor}`);
  return r;
};

describe('splitNumber', () => {
  it('reads booklet and guide numbering', () => {
    expect(splitNumber('III. Recommendations for setting up')).toEqual({
      number: 'III',
      title: 'Recommendations for setting up',
    });
    expect(splitNumber('5. Ensure the discretion')).toEqual({ number: '5', title: 'Ensure the discretion' });
    expect(splitNumber('2.2 Setting up a cybersecurity PPP')).toEqual({
      number: '2.2',
      title: 'Setting up a cybersecurity PPP',
    });
    expect(splitNumber('Define the hierarchical structure')).toEqual({ title: 'Define the hierarchical structure' });
    expect(splitNumber('Introduction')).toEqual({ title: 'Introduction' });
  });
});

describe('buildQuickFindIndex: fields', () => {
  it('lists the publications, pages with their short titles, and one record per page', () => {
    expect(index.v).toBe(1);
    expect(index.pubs.map((p) => p.id)).toEqual(['booklets', 'ppp-guide', 'glossary', 'tools']);
    expect(index.pages[1]).toEqual({ u: 'booklets/sectoral-certs/', t: 'Booklet 2: Sectoral CERTs', p: 0 });
    const page = rec('booklets/sectoral-certs/');
    expect(page.k).toBe('p');
    expect(page.t).toBe('Setting Up and Regulating Sectoral CERTs');
    expect(page.x).toContain('Booklet 2: Sectoral CERTs');
    expect(page.x).toContain('computer emergency response team');
  });

  it('numbers booklet sections as printed: "5." under "III." is III.5, with its h2 as context', () => {
    const r = rec('booklets/private-sector-cooperation/', 'iii-5-discretion-of-shared-information');
    expect(r).toMatchObject({ k: 's', n: 'III.5', t: 'Ensure the discretion of shared information' });
    expect(r.c).toBe('III. Recommendations for strengthening cooperation with private sector actors');
    expect(r.x).toBe('Figure: The four colours of the Traffic Light Protocol');
    expect(rec('booklets/sectoral-certs/', 'iii-recommendations')).toMatchObject({
      n: 'III',
      t: 'Recommendations for setting up a sectoral CERT',
    });
  });

  it('keeps guide numbers and gives unnumbered subsections their section as context', () => {
    expect(rec('ppp-guide/chapter-2/', '2-2-setting-up')).toMatchObject({
      n: '2.2',
      t: 'Setting up a cybersecurity PPP',
    });
    const sub = rec('ppp-guide/chapter-2/', '2-2-hierarchical-structure');
    expect(sub.n).toBeUndefined();
    expect(sub.c).toBe('2.2 Setting up a cybersecurity PPP');
  });

  it('has examples with their section as context', () => {
    const r = rec('booklets/sectoral-certs/', 'example-certfin');
    expect(r).toMatchObject({ k: 'e', t: 'CERTFin (Italy)', c: 'IV. Examples of established sectoral CERTs' });
  });

  it('has glossary terms linking to their row', () => {
    const g = index.pages.findIndex((p) => p.u === 'glossary/');
    expect(index.pubs[index.pages[g]!.p]!.id).toBe('glossary');
    expect(index.recs.filter((r) => r.k === 'g')).toContainEqual({
      k: 'g',
      g,
      a: 'abbr-fs-isac',
      t: 'FS-ISAC',
      x: 'Financial Services Information Sharing and Analysis Center',
    });
  });

  it('has tools and their results (not their questions), each result on its own page', () => {
    const tool = rec('tools/tlp/');
    expect(tool).toMatchObject({
      k: 't',
      t: 'Which Traffic Light Protocol label should this information carry?',
      x: 'Choose RED, AMBER, GREEN or WHITE.',
    });
    const outcomes = index.recs.filter((r) => r.k === 'o');
    expect(outcomes.map((o) => [o.t, o.u])).toEqual([
      ['TLP:RED — for named recipients only', 'tools/tlp/yes/named/'],
      ['TLP:AMBER — limited distribution', 'tools/tlp/no/'],
    ]);
    expect(outcomes.every((o) => o.g === tool.g)).toBe(true);
  });

  it("gives a tool result the distinctive words of its recommendation, among results' words only", () => {
    const red = index.recs.find((r) => r.k === 'o' && r.t.startsWith('TLP:RED'))!;
    expect(red.w?.split(' ')).toEqual(expect.arrayContaining(['personal', 'disclosed']));
    // The documents' keywords are unchanged by the results' words.
    expect(rec('booklets/private-sector-cooperation/', 'iii-5-discretion-of-shared-information').w).toBe(
      buildQuickFindIndex({ ...INPUT, tools: [] }).recs.find((r) => r.a === 'iii-5-discretion-of-shared-information')!
        .w,
    );
  });

  it('works without glossary and tools', () => {
    const bare = buildQuickFindIndex({ publications: INPUT.publications, documents: INPUT.documents });
    expect(bare.recs.some((r) => r.k === 'g' || r.k === 't' || r.k === 'o')).toBe(false);
  });
});

describe('buildQuickFindIndex: aliases', () => {
  const withAliases = buildQuickFindIndex({ ...INPUT, aliases: ALIASES });
  const target = (i: number) => {
    const r = withAliases.recs[i]!;
    return r.u ?? `${withAliases.pages[r.g]!.u}${r.a ? `#${r.a}` : ''}`;
  };

  it('resolves every target to its record, in order: pages, headings, tools and tool results', () => {
    expect(withAliases.al!.map((a) => a.r.map(target))).toEqual([
      ['ppp-guide/chapter-2/#2-2-financial-plan'],
      ['ppp-guide/chapter-2/#2-2-hierarchical-structure'],
      ['booklets/sectoral-certs/', 'booklets/sectoral-certs/#iii-recommendations'],
      [
        'booklets/private-sector-cooperation/#iii-5-discretion-of-shared-information',
        'tools/tlp/',
        'tools/tlp/yes/named/',
      ],
    ]);
    expect(withAliases.al![0]!.e).toBe('financial plan');
    expect(withAliases.nw).toBe('cert');
  });

  it('fails the build, naming the entry, on a target the site does not have', () => {
    const broken = {
      ...ALIASES,
      aliases: [{ ...ALIASES.aliases[0]!, targets: [{ doc: 'ppp-guide/chapter-2', anchor: 'no-such-section' }] }],
    };
    expect(() => buildQuickFindIndex({ ...INPUT, aliases: broken })).toThrow(
      'Search aliases, entry "funding": target ppp-guide/chapter-2/#no-such-section is not on the site',
    );
    const noTool = { ...ALIASES, aliases: [{ ...ALIASES.aliases[0]!, targets: [{ tool: 'tlp', outcome: 'green' }] }] };
    expect(() => buildQuickFindIndex({ ...INPUT, aliases: noTool })).toThrow(
      /entry "funding": target tool tlp result green/,
    );
  });

  it('carries no aliases unless given them', () => {
    expect(index.al).toBeUndefined();
  });
});

describe('buildQuickFindIndex: distinctive words', () => {
  it('gives a section the rare words it repeats, folded', () => {
    expect(rec('ppp-guide/chapter-2/', '2-2-hierarchical-structure').w?.split(' ')).toContain('secretariat');
    expect(rec('booklets/introduction/', 'about-the-author').w?.split(' ')).toContain('jakstas');
    expect(
      rec('booklets/private-sector-cooperation/', 'iii-5-discretion-of-shared-information').w?.split(' '),
    ).toContain('tlp');
  });

  it("leaves out stop words, numbers and the title's own words", () => {
    const [w] = distinctiveWords(
      [
        {
          title: 'Establish a financial plan',
          body: 'The budget of the plan: 2021 funds and the budget, with https links.',
        },
        { title: 'Other', body: 'Something else entirely.' },
      ],
      10,
    );
    expect(w).toContain('budget');
    expect(w).not.toContain('the');
    expect(w).not.toContain('plan');
    expect(w).not.toContain('2021');
    expect(w).not.toContain('https');
  });

  it('ranks a word repeated in one section above a word spread everywhere', () => {
    const texts = [
      { title: 'A', body: 'secretariat secretariat partners' },
      { title: 'B', body: 'partners budget' },
      { title: 'C', body: 'partners costs' },
    ];
    expect(distinctiveWords(texts, 1)[0]).toEqual(['secretariat']);
  });
});

describe('quickFindScript', () => {
  it('sets a global that a classic script can read, and calls the ready hook', () => {
    const script = quickFindScript(index);
    const win: Record<string, unknown> = {};
    let ready = 0;
    win.siteQuickFindReady = () => ready++;
    new Function('window', script)(win);
    expect(win.siteQuickFind).toEqual(index);
    expect(ready).toBe(1);
  });

  it('cannot close its <script> element early', () => {
    const tricky = buildQuickFindIndex({
      publications: [],
      documents: [{ url: 'x/', title: '</script><b>', publication: 'p', intro: '', blocks: [] }],
    });
    expect(quickFindScript(tricky)).not.toContain('</script');
  });
});
