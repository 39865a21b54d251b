import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type AliasFile,
  type AliasLanguage,
  compileAliases,
  createAliasMatcher,
  fullTextQuery,
  languageNames,
  languageNote,
  neutralWords,
} from '../../../src/lib/search/aliases';
import { loadAliases } from '../../../src/lib/search/aliases-schema';
import { fold, foldQuery } from '../../../src/lib/search/normalize';

const FILE = join(import.meta.dirname, '..', '..', '..', 'content', 'search', 'aliases.json');
const TEXT = readFileSync(FILE, 'utf8');

/** A small alias file, its targets numbered in order. */
const SMALL: AliasFile = {
  about: "This site's own search words, not DCAF's.",
  aliases: [
    {
      id: 'sectoral-cert',
      terms: 'sectoral CERT',
      targets: [{ doc: 'booklets/sectoral-certs' }, { tool: 'sectoral-cert' }],
      phrases: {
        en: ['sector CERT'],
        sr: ['sektorski CERT', 'posebni CERT'],
        mk: ['секторски CERT'],
        sq: ['CERT sektorial'],
      },
    },
    {
      id: 'cybersecurity',
      terms: 'cybersecurity',
      targets: [{ doc: 'ppp-guide/introduction' }],
      phrases: { sr: ['sajber bezbednost'] },
    },
    {
      id: 'national-agency',
      terms: 'national cybersecurity agency',
      targets: [{ doc: 'booklets/national-cybersecurity-agencies' }],
      phrases: {
        en: ['national agency'],
        sr: ['agencija za sajber bezbednost'],
        hr: ['agencija za kibernetičku sigurnost'],
      },
    },
    {
      id: 'funding',
      terms: 'financial plan',
      targets: [{ doc: 'ppp-guide/chapter-2', anchor: '2-2-financial-plan' }],
      phrases: { en: ['funding', 'who pays'], hr: ['proračun', 'tko plaća'], sr: ['budžet'] },
    },
    {
      id: 'serbia',
      terms: 'Serbia',
      targets: [{ doc: 'ppp-guide/chapter-3', anchor: 'box-4' }],
      phrases: { sq: ['Serbia'], sr: ['Srbija'] },
    },
  ],
};

const numbered = () => {
  let n = 0;
  return compileAliases(SMALL, () => n++);
};
const match = createAliasMatcher(numbered());
const best = (q: string) => match(foldQuery(q))[0];

describe('the alias file', () => {
  const file = loadAliases(TEXT);

  it('loads, and says whose words these are', () => {
    expect(file.aliases.length).toBeGreaterThanOrEqual(25);
    expect(file.about).toMatch(/site's own words, not DCAF's/);
  });

  it('has the key concepts in every language of the region', () => {
    const concepts = [
      'ppp',
      'sectoral-cert',
      'national-agency',
      'information-sharing',
      'critical-infrastructure',
      'tlp',
      'stakeholders',
      'maturity',
      'trust',
      'incident-reporting',
      'regulator',
      'funding',
      'hierarchy',
      'nda',
    ];
    const regional: AliasLanguage[] = ['sq', 'mk', 'sr', 'bs', 'hr', 'cnr'];
    const missing = concepts.flatMap((id) => {
      const entry = file.aliases.find((e) => e.id === id);
      if (!entry) return [`${id}: no entry`];
      return regional.filter((l) => !entry.phrases[l]?.length).map((l) => `${id}: no ${l} phrase`);
    });
    expect(missing).toEqual([]);
  });

  it('writes Macedonian in Cyrillic and the others in Latin letters', () => {
    const wrong = file.aliases.flatMap((e) =>
      Object.entries(e.phrases).flatMap(([lang, phrases]) =>
        phrases
          .filter((p) => {
            const letters = p.replace(/\b[A-Z]{2,}(-\w+)?\b/g, '');
            return lang === 'mk' ? /[a-z]/.test(letters) : /\p{Script=Cyrillic}/u.test(p);
          })
          .map((p) => `${e.id} ${lang}: ${p}`),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('leads each of its phrases, typed without diacritics, to its own entry first', () => {
    const { al, nw } = compileAliases(file, () => 0);
    const entryMatch = createAliasMatcher({ al, nw });
    const astray: string[] = [];
    file.aliases.forEach((e) => {
      for (const [lang, phrases] of Object.entries(e.phrases)) {
        for (const p of phrases) {
          const [top] = entryMatch(fold(p).replace(/\s+/g, ' '));
          if (top?.terms !== e.terms) astray.push(`${e.id} ${lang} "${p}" → ${top ? top.terms : 'nothing'}`);
        }
      }
    });
    expect(astray).toEqual([]);
  });
});

describe('loadAliases', () => {
  const withEntry = (entry: unknown, extra: unknown[] = []) =>
    JSON.stringify({ about: SMALL.about, aliases: [SMALL.aliases[0], entry, ...extra] });

  it('names the file when it is not JSON', () => {
    expect(() => loadAliases('{ "about": ', 'content/search/aliases.json')).toThrow(
      /^content\/search\/aliases\.json: not valid JSON/,
    );
  });

  it('names the entry and the field of a bad target', () => {
    const bad = { ...SMALL.aliases[3], targets: [{ doc: 'ppp-guide/chapter-2', anchor: '#2-2-financial-plan' }] };
    expect(() => loadAliases(withEntry(bad))).toThrow(/entry "funding" \(targets\.0(\.anchor)?\): .*target|anchor/);
  });

  it('names an entry without an id by its position', () => {
    const { id: _id, ...noId } = SMALL.aliases[3]!;
    expect(() => loadAliases(withEntry(noId))).toThrow(/entry 2 \(id\)/);
  });

  it('refuses an unknown language, no phrases, and an id used twice', () => {
    const german = { ...SMALL.aliases[3], phrases: { de: ['Finanzierung'] } };
    expect(() => loadAliases(withEntry(german))).toThrow(/entry "funding" \(phrases(\.de)?\)/);
    const empty = { ...SMALL.aliases[3], phrases: {} };
    expect(() => loadAliases(withEntry(empty))).toThrow(/entry "funding" \(phrases\): phrases: give phrases/);
    expect(() => loadAliases(withEntry(SMALL.aliases[3], [SMALL.aliases[3]]))).toThrow(
      /entry "funding" \(id\): id: "funding" is used twice/,
    );
  });

  it('refuses a file without its "about"', () => {
    expect(() => loadAliases(JSON.stringify({ aliases: SMALL.aliases }))).toThrow(/about:/);
  });
});

describe('compileAliases', () => {
  it('fails naming the entry and the target the site does not have', () => {
    expect(() =>
      compileAliases(SMALL, (t) => ('anchor' in t && t.anchor === '2-2-financial-plan' ? undefined : 0)),
    ).toThrow('Search aliases, entry "funding": target ppp-guide/chapter-2/#2-2-financial-plan is not on the site');
  });

  it('folds each phrase once, keeping all its languages', () => {
    const { al, nw } = numbered();
    expect(al[0]!.p.map(([p]) => p)).toEqual(['sector cert', 'sektorski cert', 'posebni cert', 'cert sektorial']);
    expect(al[0]!.r).toEqual([0, 1]);
    // English words and abbreviations cannot on their own make a query foreign.
    expect(nw.split(' ')).toEqual(['cert']);
    expect([...neutralWords({ al, nw })]).toEqual(
      expect.arrayContaining(['cert', 'sector', 'funding', 'pays', 'serbia', 'financial', 'plan']),
    );
    expect(neutralWords({ al, nw }).has('sektorski')).toBe(false);
  });
});

describe('matching a query', () => {
  it('finds a regional phrase with or without diacritics, in either script', () => {
    for (const q of ['sektorski CERT', 'Sektorski cert', 'секторски ЦЕРТ', 'Секторски CERT']) {
      expect(best(q), q).toMatchObject({ terms: 'sectoral CERT' });
    }
    expect(best('sektorski CERT')!.languages.sort()).toEqual(['mk', 'sr']);
    expect(best('agencija za kiberneticku sigurnost')).toMatchObject({
      terms: 'national cybersecurity agency',
      languages: ['hr'],
    });
    expect(best('CERT sektorial')).toMatchObject({ languages: ['sq'] });
  });

  it('tolerates endings and a typo', () => {
    expect(best('sektorskog CERT-a')).toMatchObject({ terms: 'sectoral CERT' });
    expect(best('budžeta')).toMatchObject({ terms: 'financial plan', languages: ['sr'] });
    expect(best('proracun')).toMatchObject({ terms: 'financial plan', languages: ['hr'] });
    expect(best('agencija za sajber bezbjednost')).toMatchObject({ terms: 'national cybersecurity agency' });
  });

  it('finds a phrase inside a longer question', () => {
    expect(best('kako osnovati sektorski CERT')).toMatchObject({ terms: 'sectoral CERT', whole: false });
    expect(best('who pays for the secretariat')).toMatchObject({ terms: 'financial plan', languages: ['en'] });
  });

  it('takes half a phrase only with no other words, and anchored by a non-English word', () => {
    expect(best('sektorski')).toMatchObject({ terms: 'sectoral CERT', whole: true });
    expect(best('sektorski ce')).toMatchObject({ terms: 'sectoral CERT' });
    expect(match(foldQuery('CERT'))).toEqual([]);
    expect(match(foldQuery('national'))).toEqual([]);
    expect(match(foldQuery('sektorski hrana voda'))).toEqual([]);
  });

  it('calls a query English when its matched words are all English, whatever phrase they match', () => {
    expect(best('Serbia')).toMatchObject({ terms: 'Serbia', languages: ['en'] });
    expect(best('Srbija')).toMatchObject({ terms: 'Serbia', languages: ['sr'] });
    expect(best('funding')!.languages).toEqual(['en']);
  });

  it('leaves out a match inside a better one', () => {
    const all = match(foldQuery('agencija za sajber bezbednost'));
    expect(all.map((m) => m.terms)).toEqual(['national cybersecurity agency']);
    // Two separate concepts are both kept, the longer first.
    expect(match(foldQuery('sektorski CERT budžet')).map((m) => m.terms)).toEqual(['sectoral CERT', 'financial plan']);
  });

  it('matches nothing for an empty query or unrelated words', () => {
    expect(match('')).toEqual([]);
    expect(match(foldQuery('bibliography'))).toEqual([]);
  });
});

describe('what the dialog does with a match', () => {
  const expansion = (q: string) => {
    const m = best(q);
    return m && { terms: m.terms, languages: m.languages, whole: m.whole, rest: m.rest };
  };

  it('searches the full text in the documents’ words for a foreign query or a whole English alias', () => {
    expect(fullTextQuery('sektorski CERT', expansion('sektorski CERT'))).toBe('sectoral CERT');
    expect(fullTextQuery('who pays', expansion('who pays'))).toBe('financial plan');
    // Part of it: the documents' words and the query's other words, without its question frame.
    expect(fullTextQuery('who pays for the secretariat', expansion('who pays for the secretariat'))).toBe(
      'financial plan secretariat',
    );
    expect(fullTextQuery('secretariat', undefined)).toBe('secretariat');
  });

  it('notes the documents are in English only for a foreign query', () => {
    expect(languageNote(expansion('sektorski CERT'))).toBe(
      'The documents are published in English; showing results for “sectoral CERT”.',
    );
    expect(languageNote(expansion('funding'))).toBeUndefined();
    expect(languageNote(undefined)).toBeUndefined();
  });

  it('names languages as a sentence does', () => {
    expect(languageNames(['sr', 'bs', 'hr', 'cnr'])).toBe('Serbian, Bosnian, Croatian and Montenegrin');
    expect(languageNames(['sq'])).toBe('Albanian');
  });
});
