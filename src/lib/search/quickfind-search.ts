/**
 * Searching the quick-find index with Fuse.js: every word of the query must
 * match (fuzzily, so "secretarait" still finds "secretariat"), in the title,
 * the other words that name a record or its distinctive words. Query and index
 * are folded the same way, so diacritics and the script (Cyrillic or Latin)
 * never matter. What the site's aliases point to comes first ("funding" →
 * 2.2 Establish a financial plan), and a query in a regional language is also
 * searched as the documents' English words for it. Pure, no DOM: the search
 * dialog and the unit tests both use it.
 *
 * Fuse.js scores only the records that can be hits: those where every word of
 * the query resembles a whole word of the record (the rule a hit must pass
 * anyway, matchingWords), found through an index of the records' words. So a
 * query costs what its matches cost, not what the whole index costs (at 100
 * times the documents, a few milliseconds instead of 30 to 90).
 */
import Fuse from 'fuse.js';
import { type AliasMatch, createAliasMatcher, type QueryExpansion } from './aliases.ts';
import { editDistance } from './edit-distance.ts';
import { fold, foldQuery, words } from './normalize.ts';
export { editDistance } from './edit-distance.ts';
import { KIND_OF_CODE, numbered, type IndexRecord, type QuickFindIndex, type RecordKind } from './records.ts';

export interface QuickHit {
  kind: RecordKind;
  /** Title as shown, with its number: "III.5 Ensure the discretion of shared information". */
  title: string;
  /** Where it is: page and section, e.g. "Booklet 3: Cooperation with the Private Sector › III. Recommendations …". */
  context: string;
  /** Extra line: an abbreviation's meaning, a tool's summary. */
  detail?: string | undefined;
  /** Path inside the site with its anchor, e.g. "booklets/sectoral-certs/#example-certfin". */
  url: string;
  /** Publication id, for the filter. */
  publication: string;
  /** 0 is a perfect match, 1 none. */
  score: number;
  /** Folded words of the record that matched: what to highlight on the page. */
  terms: string[];
  /** On a hit the site's aliases put first: the documents' words for what was asked ("financial plan"). */
  alias?: string | undefined;
}

export interface SearchOptions {
  /** Only this publication (id), or all. */
  publication?: string | undefined;
  limit?: number;
}

export interface QuickFind {
  search(query: string, options?: SearchOptions): QuickHit[];
  /** What the site's aliases make of a query: the documents' words for it, and its language. */
  expand(query: string): QueryExpansion | undefined;
}

interface Doc {
  /** Number and title, folded. */
  t: string;
  /** Words of the title, for ranking candidates. */
  tWords: Set<string>;
  /** Number and title, and title alone, folded without joined words: what an exact query equals (made on first use). */
  exact?: [string, string];
  /** Other names, folded. */
  x: string;
  /** Distinctive words, folded already. */
  w: string;
  /** Every word of the three, and the parts of hyphenated ones: what a query word must resemble. */
  vocab: string[];
  r: IndexRecord;
}

/**
 * How far each kind of record sits behind an equally good match of another.
 * People look for the passage: sections, examples and boxes come first; a
 * glossary line only explains an abbreviation, and a tool's match is in the
 * site's own words, not the documents'.
 */
const KIND_PENALTY: Record<RecordKind, number> = {
  section: 0,
  example: 0,
  box: 0,
  page: 0.05,
  term: 0.25,
  tool: 0.3,
  outcome: 0.4,
};
/** Far weaker than the best hit (a one-letter neighbour of a name found exactly) is noise. */
const MAX_BEHIND_BEST = 0.6;
/** A tool has many outcomes; a few are enough among the quick matches. */
const MAX_OUTCOMES = 2;
/** A query that is a record's whole title or name ("CERTFin", "TLP") puts it ahead. */
const EXACT_BONUS = 0.2;
/**
 * Most records Fuse.js scores for one query. A common word in a large library
 * matches thousands; those whose titles hold the query's words go first (the
 * list shows eight).
 */
const MAX_CANDIDATES = 60;
/** Query words whose records are remembered: typing "sec", "secr", "secre" asks again for the same words. */
const WORD_CACHE = 200;
/** Aliases whose targets lead the list: the best match and one more ("sektorski CERT za banke"). */
const MAX_ALIAS_MATCHES = 2;
/** A query in another language is also searched in the documents' words, just behind its own matches. */
const TRANSLATED_PENALTY = 0.05;

/**
 * Where a match was: titles outrank other names (an abbreviation's meaning, a
 * caption), which outrank distinctive words. Fuse.js multiplies, per field,
 * score^weight (weights normalised to sum 1), so an exact title match scores
 * about 0.02, an exact other name 0.14 and a distinctive word 0.37.
 */
const KEYS = [
  { name: 't', weight: 4 },
  { name: 'x', weight: 2 },
  { name: 'w', weight: 1 },
];

export const FUSE_OPTIONS = {
  keys: KEYS,
  // Each word of the query is matched on its own, anywhere in the record; all must match.
  useTokenSearch: true,
  tokenMatch: 'all' as const,
  tokenize: (text: string) => words(text),
  ignoreLocation: true,
  // Field length does not matter: a long caption names its section as well as a short one.
  ignoreFieldNorm: true,
  // Allowed errors per word: none up to 3 letters, one up to 7, two from 8 ("secretarait").
  threshold: 0.26,
  includeScore: true,
  minMatchCharLength: 1,
};

export function createQuickFind(index: QuickFindIndex): QuickFind {
  const docs: Doc[] = index.recs.map((r) => {
    const t = withJoinedWords(fold(numbered(r)));
    const x = fold(r.x ?? '');
    const w = r.w ?? '';
    const all = words(`${t} ${x} ${w}`);
    const vocab = [...new Set([...all, ...all.flatMap((v) => (/[-.]/.test(v) ? v.split(/[-.]/) : []))])].filter(
      Boolean,
    );
    return { t, tWords: new Set(words(t)), x, w, vocab, r };
  });

  // Each word of the records, and the records that hold it.
  const postings = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const v of d.vocab) {
      const list = postings.get(v);
      if (list) list.push(i);
      else postings.set(v, [i]);
    }
  });
  const vocabulary = [...postings.keys()];
  const byToken = new Map<string, { records: Set<number>; words: Set<string> }>();
  /** The words of the index that resemble a query word (the rule of matchingWords), and the records that hold them. */
  const holding = (token: string) => {
    let found = byToken.get(token);
    if (found) return found;
    found = { records: new Set<number>(), words: new Set<string>() };
    for (const v of vocabulary)
      if (resembles(token, v)) {
        found.words.add(v);
        for (const i of postings.get(v)!) found.records.add(i);
      }
    if (byToken.size >= WORD_CACHE) byToken.clear();
    byToken.set(token, found);
    return found;
  };
  const publicationOf = (d: Doc) => index.pubs[index.pages[d.r.g]!.p]!.id;
  /**
   * The records every query word resembles a word of (of one publication, if
   * asked), in index order; past MAX_CANDIDATES, those with the query's words
   * in their titles first.
   */
  const candidates = (tokens: readonly string[], publication: string | undefined): Doc[] => {
    if (!tokens.length) return [];
    const sets = tokens.map((t) => holding(t).records).sort((a, b) => a.size - b.size);
    const [smallest, ...rest] = sets;
    const ids = [...smallest!]
      .filter((i) => rest.every((set) => set.has(i)) && (!publication || publicationOf(docs[i]!) === publication))
      .sort((a, b) => a - b);
    if (ids.length <= MAX_CANDIDATES) return ids.map((i) => docs[i]!);
    const inTitle = (d: Doc) => tokens.filter((t) => [...d.tWords].some((w) => w.startsWith(t))).length;
    return ids
      .map((i) => ({ d: docs[i]!, i, rank: inTitle(docs[i]!) }))
      .sort((a, b) => b.rank - a.rank || a.i - b.i)
      .slice(0, MAX_CANDIDATES)
      .sort((a, b) => a.i - b.i)
      .map((c) => c.d);
  };

  const matchAliases = index.al?.length ? createAliasMatcher({ al: index.al, nw: index.nw ?? '' }) : () => [];

  const toHit = (doc: Doc, fuseScore: number, query: string, terms: string[], alias?: string): QuickHit => {
    const r = doc.r;
    const page = index.pages[r.g]!;
    const pub = index.pubs[page.p]!;
    const kind = KIND_OF_CODE[r.k] ?? 'page';
    const title = numbered(r);
    // A page says its publication (and short title); a tool says it is one; the rest say where they are.
    const context =
      kind === 'page'
        ? [pub.label, page.t !== r.t ? page.t : ''].filter(Boolean).join(' › ')
        : kind === 'tool'
          ? pub.label
          : [page.t, r.c].filter(Boolean).join(' › ');
    const detail = kind === 'term' || kind === 'tool' ? r.x : undefined;
    const url = r.u ?? (r.a ? `${page.u}#${r.a}` : page.u);
    doc.exact ??= [fold(numbered(r)), fold(r.t)];
    const [t, plain] = doc.exact;
    const exact = t === query || t.startsWith(`${query} `) || doc.x === query || plain === query;
    const score = Math.max(0, fuseScore + KIND_PENALTY[kind] - (exact ? EXACT_BONUS : 0));
    return { kind, title, context, detail, url, publication: pub.id, score, terms, alias };
  };

  /**
   * Fuse.js's matches for a folded query among the records that can match,
   * with the record's words each query word resembles (matchingWords, from
   * the words found for the candidates).
   */
  const fuseHits = (query: string, publication: string | undefined): QuickHit[] => {
    const tokens = words(query);
    const pool = candidates(tokens, publication);
    if (!pool.length) return [];
    const found = tokens.map((t) => holding(t).words);
    const hits: QuickHit[] = [];
    for (const res of new Fuse(pool, FUSE_OPTIONS).search(query)) {
      const terms = new Set<string>();
      for (const set of found) for (const v of res.item.vocab) if (set.has(v) && v.length >= 2) terms.add(v);
      hits.push(toHit(res.item, res.score ?? 1, query, [...terms].slice(0, 6)));
    }
    return hits;
  };

  /** The aliases' targets, in order: what they were written for. */
  const aliasHits = (matches: AliasMatch[], query: string): QuickHit[] =>
    matches.flatMap((m) => {
      const termWords = words(fold(m.terms));
      return m.targets.flatMap((i) => {
        const doc = docs[i];
        return doc ? [toHit(doc, 0, query, matchingWords(termWords, doc.vocab) ?? [], m.terms)] : [];
      });
    });

  return {
    search(raw, options = {}) {
      const query = foldQuery(raw);
      if (!query) return [];
      const limit = options.limit ?? 8;
      const matches = matchAliases(query).slice(0, MAX_ALIAS_MATCHES);
      const best = matches[0];
      let first = aliasHits(matches, query);
      // A query wholly in another language has no words of the documents: search the documents' words for it instead.
      const foreign = best !== undefined && !best.languages.includes('en');
      let results = foreign && best.whole ? [] : fuseHits(query, options.publication);
      if (foreign)
        for (const h of fuseHits(foldQuery(best.terms), options.publication))
          results.push({ ...h, score: h.score + TRANSLATED_PENALTY });
      if (options.publication) {
        first = first.filter((h) => h.publication === options.publication);
        results = results.filter((h) => h.publication === options.publication);
      }
      results.sort((a, b) => a.score - b.score);
      const worst = (results[0]?.score ?? 0) + MAX_BEHIND_BEST;
      const seen = new Set<string>();
      let outcomes = 0;
      return [...first, ...results.filter((h) => h.score <= worst)]
        .filter((h) => {
          if (seen.has(h.url)) return false;
          seen.add(h.url);
          return h.kind !== 'outcome' || ++outcomes <= MAX_OUTCOMES;
        })
        .slice(0, limit);
    },
    expand(raw) {
      const [best] = matchAliases(foldQuery(raw));
      return best && { terms: best.terms, languages: best.languages, whole: best.whole, rest: best.rest };
    },
  };
}

/** Hyphenated and dotted words also written together, so "zcert" finds "Z-CERT" and "fsisac" "FS-ISAC". */
function withJoinedWords(folded: string): string {
  const joined = words(folded)
    .filter((w) => /[-.]/.test(w) && /[\p{L}]/u.test(w))
    .map((w) => w.replace(/[-.]/g, ''));
  return joined.length ? `${folded} ${joined.join(' ')}` : folded;
}

/**
 * Fuse.js matches each query word anywhere in a field, so "trust" also
 * matches inside "structure". A match counts only if each query word
 * resembles a whole word of the record: its start ("trust" → "trusted"), the
 * same stem ("hierarchy" → "hierarchical") or the same word with a typo or two
 * ("secretarait" → "secretariat"). Returns the record's words that matched
 * (what to highlight on the page), or null.
 */
export function matchingWords(tokens: readonly string[], vocab: readonly string[]): string[] | null {
  const matched = new Set<string>();
  for (const t of tokens) {
    let found = false;
    for (const w of vocab) {
      if (resembles(t, w)) {
        found = true;
        if (w.length >= 2) matched.add(w);
      }
    }
    if (!found) return null;
  }
  return [...matched].slice(0, 6);
}

function resembles(t: string, w: string): boolean {
  if (w.startsWith(t)) return true;
  if (t.length < 4) return false;
  let prefix = 0;
  while (prefix < t.length && prefix < w.length && t[prefix] === w[prefix]) prefix++;
  if (prefix >= Math.max(4, Math.ceil(t.length * 0.7))) return true;
  const allowed = t.length >= 8 ? 2 : 1;
  return Math.abs(w.length - t.length) <= allowed && editDistance(t, w, allowed) <= allowed;
}
