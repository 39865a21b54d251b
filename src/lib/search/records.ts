/**
 * The quick-find index's data: what the build writes (quickfind.ts) and the
 * browser reads (quickfind-search.ts). Kept apart from the builder so the
 * search script carries only this. Pure, no DOM.
 */
import type { IndexAlias } from './aliases.ts';

/** What a record is: page, section, example, box, glossary term, tool, tool result ("outcome"). */
export type RecordKind = 'page' | 'section' | 'example' | 'box' | 'term' | 'tool' | 'outcome';

export interface SourcePublication {
  id: string;
  /** Short label for the filter and result context. */
  label: string;
}

/** A page results link to, and the context line they show. */
export interface IndexPage {
  /** Path inside the site, e.g. "booklets/sectoral-certs/". */
  u: string;
  /** Title shown as context, the short one where there is one. */
  t: string;
  /** Index into `pubs`. */
  p: number;
}

export interface IndexRecord {
  /** Kind: one letter, see KIND_CODES. */
  k: string;
  /** Index into `pages`. */
  g: number;
  /** Anchor on that page, without "#". */
  a?: string;
  /** Its own path inside the site, where it is not its page's: a tool result's page. */
  u?: string;
  /** Title, without its number. */
  t: string;
  /** Section number: "III.5", "2.2", "IV". */
  n?: string;
  /** Context: the section it belongs to. */
  c?: string;
  /** Other words that name it: an abbreviation's meaning, a caption, a tool's summary. */
  x?: string;
  /** Distinctive words of its text, folded, space-separated. */
  w?: string;
}

export interface QuickFindIndex {
  v: 1;
  pubs: SourcePublication[];
  pages: IndexPage[];
  recs: IndexRecord[];
  /** The site's search aliases (aliases.ts), if the build was given them. */
  al?: IndexAlias[];
  /** Words that alone never make a query foreign (aliases.ts). */
  nw?: string;
}

export const KIND_CODES: Record<RecordKind, string> = {
  page: 'p',
  section: 's',
  example: 'e',
  box: 'b',
  term: 'g',
  tool: 't',
  outcome: 'o',
};
export const KIND_OF_CODE: Record<string, RecordKind> = Object.fromEntries(
  Object.entries(KIND_CODES).map(([k, v]) => [v, k as RecordKind]),
);

/** A title with its number as the documents print it: "III. Recommendations", "III.5 Ensure", "2.2 Setting up". */
export function numbered(r: { n?: string | undefined; t: string }): string {
  if (!r.n) return r.t;
  return /^[IVXLC]+$/.test(r.n) ? `${r.n}. ${r.t}` : `${r.n} ${r.t}`;
}
