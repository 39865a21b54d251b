/**
 * Search aliases (content/search/aliases.json): the site's own everyday words,
 * questions and the region's terms for a concept, mapped to the documents'
 * words and to the sections and tools about it. The build compiles them into
 * the quick-find index (folded phrases, targets as record numbers); the
 * browser matches a query against them, here, so "sektorski CERT", "ko treba
 * da vodi" or "NDA" lead to the passages that answer them. Pure, no DOM.
 */
import { editDistance } from './edit-distance.ts';
import { fold, words } from './normalize.ts';

/** The languages the aliases are written in, by ISO 639 code, named as the search note names them. */
export const ALIAS_LANGUAGES = {
  en: 'English',
  sq: 'Albanian',
  mk: 'Macedonian',
  sr: 'Serbian',
  bs: 'Bosnian',
  hr: 'Croatian',
  cnr: 'Montenegrin',
} as const;
export type AliasLanguage = keyof typeof ALIAS_LANGUAGES;

/** Where an alias leads: a document, a heading, example or box on it, a tool, or one result of a tool. */
export type AliasTarget = { doc: string; anchor?: string | undefined } | { tool: string; outcome?: string | undefined };

export interface AliasEntry {
  id: string;
  /** The documents' own words for the concept: shown in the note, searched in the full text. */
  terms: string;
  /** Best first. */
  targets: AliasTarget[];
  phrases: Partial<Record<AliasLanguage, string[]>>;
}

export interface AliasFile {
  /** What the file is and whose words these are. */
  about: string;
  aliases: AliasEntry[];
}

/** One entry as the quick-find index carries it. */
export interface IndexAlias {
  /** The documents' words ("terms"). */
  e: string;
  /** Targets as indices into the index's records, best first. */
  r: number[];
  /** Each phrase folded, with its languages as bits in ALIAS_LANGUAGES order: ["sektorski cert", 124]. */
  p: [string, number][];
}

export interface CompiledAliases {
  al: IndexAlias[];
  /**
   * Abbreviations in the phrases ("CERT", "TLP"), folded: with the English
   * phrases' and the terms' words, what cannot on its own show a query is in
   * another language (see neutralWords).
   */
  nw: string;
}

const LANGUAGE_ORDER = Object.keys(ALIAS_LANGUAGES) as AliasLanguage[];
const languageBits = (langs: readonly AliasLanguage[]) =>
  langs.reduce((bits, l) => bits | (1 << LANGUAGE_ORDER.indexOf(l)), 0);
const languagesOf = (bits: number) => LANGUAGE_ORDER.filter((_, i) => bits & (1 << i));

/** The words of a folded phrase or query, hyphenated words split: "javno-privatno" is two. */
export function aliasWords(folded: string): string[] {
  return words(folded).flatMap((w) => w.split(/[-.]/).filter(Boolean));
}

const describeTarget = (t: AliasTarget) =>
  'doc' in t
    ? `${t.doc}/${t.anchor ? `#${t.anchor}` : ''}`
    : `tool ${t.tool}${t.outcome ? ` result ${t.outcome}` : ''}`;

/**
 * The aliases as the index carries them. `resolve` gives the record a target
 * leads to; a target without one fails the build, naming the entry.
 */
export function compileAliases(file: AliasFile, resolve: (t: AliasTarget) => number | undefined): CompiledAliases {
  const neutral = new Set<string>();
  const al = file.aliases.map((entry) => {
    const r = entry.targets.map((t) => {
      const rec = resolve(t);
      if (rec === undefined)
        throw new Error(`Search aliases, entry "${entry.id}": target ${describeTarget(t)} is not on the site`);
      return rec;
    });
    const byPhrase = new Map<string, AliasLanguage[]>();
    for (const [lang, phrases] of Object.entries(entry.phrases) as [AliasLanguage, string[]][]) {
      for (const phrase of phrases) {
        const folded = aliasWords(fold(phrase)).join(' ');
        if (!folded) continue;
        for (const w of phrase.split(/[\s-]+/)) if (/^\p{Lu}{2,6}$/u.test(w)) neutral.add(fold(w));
        const langs = byPhrase.get(folded) ?? [];
        if (!langs.includes(lang)) langs.push(lang);
        byPhrase.set(folded, langs);
      }
    }
    return { e: entry.terms, r, p: [...byPhrase].map(([p, langs]) => [p, languageBits(langs)] as [string, number]) };
  });
  return { al, nw: [...neutral].sort().join(' ') };
}

/** Words that cannot on their own make a query foreign: the terms' and the English phrases' words, and abbreviations. */
export function neutralWords({ al, nw }: CompiledAliases): Set<string> {
  const neutral = new Set(nw.split(' ').filter(Boolean));
  const english = 1 << LANGUAGE_ORDER.indexOf('en');
  for (const a of al) {
    for (const w of aliasWords(fold(a.e))) neutral.add(w);
    for (const [p, bits] of a.p) if (bits & english) for (const w of p.split(' ')) neutral.add(w);
  }
  return neutral;
}

export interface AliasMatch {
  /** The documents' words for what was asked. */
  terms: string;
  /** Records to show first, best first. */
  targets: number[];
  /** The languages of the phrase matched; ["en"] when the query's matched words are all English. */
  languages: AliasLanguage[];
  /** Higher is better: whole phrases over parts, longer phrases over shorter. */
  strength: number;
  /** Whether the phrase accounts for every word of the query. */
  whole: boolean;
  /** The query's words the phrase did not use, folded. */
  rest: string[];
}

/** Query word and phrase word are the same word, give or take an ending, a typo, or (typing) its rest. */
function sameWord(q: string, p: string, typing: boolean): boolean {
  if (q === p) return true;
  if (typing && q.length >= 2 && p.startsWith(q)) return true;
  const long = Math.max(q.length, p.length);
  let k = 0;
  while (k < q.length && k < p.length && q[k] === p[k]) k++;
  // Inflections: "sektorskog" / "sektorski", "informacionit" / "informacioni".
  if (k >= 4 && k >= 0.75 * long) return true;
  const short = Math.min(q.length, p.length);
  // Typos: one or two letters, in words of five letters or more, never the first (which keeps this cheap).
  if (short < 5 || q[0] !== p[0]) return false;
  const allowed = short >= 8 ? 2 : 1;
  return Math.abs(q.length - p.length) <= allowed && editDistance(q, p, allowed) <= allowed;
}

/** A word that cannot show a query is foreign: an English one, an abbreviation, or two or three letters being typed. */
const isNeutral = (word: string, neutral: Set<string>) => word.length < 4 || neutral.has(word);

interface PhraseMatch {
  strength: number;
  /** Which query words it used. */
  used: Set<number>;
  whole: boolean;
  /** Whether a word it used is not English (neither as typed nor as the phrase has it). */
  anchored: boolean;
}

/**
 * How a phrase matches a query: all its words in the query (a whole match,
 * wherever they are), or, with no other words in the query, at least half of
 * them, one of which is not an English word ("sektorski" finds "sektorski
 * CERT", "CERT" does not). `candidates` gives, for a phrase word, the query
 * words that are the same word.
 */
function matchPhrase(
  phrase: string[],
  query: string[],
  candidates: Map<string, number[]>,
  neutral: Set<string>,
): PhraseMatch | undefined {
  const used = new Set<number>();
  let matched = 0;
  let anchored = false;
  for (const p of phrase) {
    const j = candidates.get(p)?.find((i) => !used.has(i));
    if (j === undefined) continue;
    used.add(j);
    matched++;
    // "trafic" is the English "traffic" mistyped, "protocol" the English of "protokol": neither makes the query foreign.
    if (!isNeutral(query[j]!, neutral) && !neutral.has(p)) anchored = true;
  }
  if (matched === phrase.length) {
    const whole = used.size === query.length;
    return { strength: 1000 + 10 * matched + (whole ? 5 : 0), used, whole, anchored };
  }
  if (used.size === query.length && anchored && matched * 2 >= phrase.length)
    return { strength: 10 * matched, used, whole: true, anchored };
  return undefined;
}

/**
 * A matcher over compiled aliases: the entries a query matches, best first.
 * An entry whose matched words another, better entry also matched is left out
 * ("sajber bezbednost" inside "agencija za sajber bezbednost").
 */
export function createAliasMatcher({ al, nw }: CompiledAliases): (foldedQuery: string) => AliasMatch[] {
  const neutral = neutralWords({ al, nw });
  const entries = al.map((a) => ({
    a,
    phrases: a.p.map(([p, bits]) => ({ words: p.split(' '), langs: languagesOf(bits) })),
  }));
  // Every distinct phrase word once: a query is compared with these, not with each phrase.
  const vocabulary = [...new Set(entries.flatMap((e) => e.phrases.flatMap((p) => p.words)))];
  return (foldedQuery) => {
    const query = aliasWords(foldedQuery);
    if (!query.length) return [];
    const candidates = new Map<string, number[]>();
    for (const word of vocabulary) {
      const hits = query.flatMap((q, i) => (sameWord(q, word, i === query.length - 1) ? [i] : []));
      if (hits.length) candidates.set(word, hits);
    }
    if (!candidates.size) return [];
    const found: (AliasMatch & { used: Set<number>; order: number })[] = [];
    entries.forEach(({ a, phrases }, order) => {
      let best: (PhraseMatch & { langs: AliasLanguage[] }) | undefined;
      for (const phrase of phrases) {
        const m = matchPhrase(phrase.words, query, candidates, neutral);
        if (!m) continue;
        if (!best || m.strength > best.strength) best = { ...m, langs: [...phrase.langs] };
        else if (m.strength === best.strength) {
          for (const l of phrase.langs) if (!best.langs.includes(l)) best.langs.push(l);
          best.anchored &&= m.anchored;
        }
      }
      if (!best) return;
      const english = !best.anchored || best.langs.includes('en');
      found.push({
        terms: a.e,
        targets: a.r,
        languages: english ? ['en'] : best.langs,
        strength: best.strength,
        whole: best.whole,
        rest: query.filter((_, i) => !best.used.has(i)),
        used: best.used,
        order,
      });
    });
    found.sort((x, y) => y.strength - x.strength || x.order - y.order);
    const kept = found.filter(
      (m, i) => !found.some((b, j) => j < i && b.strength > m.strength && [...m.used].every((u) => b.used.has(u))),
    );
    return kept.map(({ used: _used, order: _order, ...m }) => m);
  };
}

/** The note's language names for a match: "Serbian, Bosnian, Croatian and Montenegrin". */
export function languageNames(languages: readonly AliasLanguage[]): string {
  const names = languages.map((l) => ALIAS_LANGUAGES[l]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/** What the site's aliases make of a query, for the search dialog. */
export interface QueryExpansion {
  /** The documents' words for what was asked: "sectoral CERT". */
  terms: string;
  /** The languages the query matched in; ["en"] for English. */
  languages: AliasLanguage[];
  /** Whether the alias accounts for every word of the query, so its terms can stand for it. */
  whole: boolean;
  /** The query's other words, folded: "secretariat" in "who pays for the secretariat". */
  rest: string[];
}

/** Whether a query was matched in a language other than English. */
export const isForeign = (e: QueryExpansion | undefined): boolean => e !== undefined && !e.languages.includes('en');

/** Words a full-text search of the documents need not look for: the question's frame around what is asked. */
const FRAME_WORDS = new Set(
  'a an the for of to in on and or our we us is be are should how what who which do does can with my your it this that i'.split(
    ' ',
  ),
);

/**
 * What the full-text search should look for: the documents' words when the
 * query is in another language or an alias accounts for all of it ("who
 * should lead" → "hierarchical structure"), the documents' words and the
 * query's other words when an English alias accounts for part of it ("who
 * pays for the secretariat" → "financial plan secretariat"); otherwise the
 * query as typed. Pagefind needs every word it is given in a page.
 */
export function fullTextQuery(query: string, expansion: QueryExpansion | undefined): string {
  if (!expansion) return query;
  if (isForeign(expansion) || expansion.whole) return expansion.terms;
  return [expansion.terms, ...expansion.rest.filter((w) => !FRAME_WORDS.has(w))].join(' ');
}

/** The one line the dialog shows above results for a query in another language. */
export function languageNote(expansion: QueryExpansion | undefined): string | undefined {
  if (!expansion || !isForeign(expansion)) return undefined;
  return `The documents are published in English; showing results for “${expansion.terms}”.`;
}
