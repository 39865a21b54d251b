/**
 * Marks the first use of each known abbreviation in a run of text.
 * Pure: the Markdown plugin feeds it text nodes in document order and keeps
 * the `seen` set per page, so each abbreviation is expanded once per page.
 */
export interface Abbreviation {
  abbr: string;
  expansion: string;
}

export type Segment = string | { abbr: string; title: string };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The list compiled once: one regex for every abbreviation, and each one's expansion. */
export interface Matcher {
  regex: RegExp;
  titles: ReadonlyMap<string, string>;
}

/** One regex for the whole list; longest first so "MKD-CIRT" wins over "CIRT", "CIIP" over "CII". */
export function buildMatcher(list: readonly Abbreviation[]): Matcher | null {
  if (list.length === 0) return null;
  const alternatives = [...list]
    .map((a) => a.abbr)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // Not inside a longer word or hyphenated name; a plural "s" may follow ("CERTs").
  return {
    regex: new RegExp(`(?<![\\p{L}\\p{N}-])(${alternatives})(?=s?(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}]))`, 'gu'),
    titles: new Map(list.map((a) => [a.abbr, a.expansion])),
  };
}

/** Whether the text uses an abbreviation not yet in `seen` (a cheap test before any work on the text's place). */
export function usesUnseen(text: string, seen: ReadonlySet<string>, matcher: Matcher | null): boolean {
  if (!matcher) return false;
  for (const m of text.matchAll(matcher.regex)) if (!seen.has(m[1]!)) return true;
  return false;
}

export function markFirstUses(
  text: string,
  list: readonly Abbreviation[],
  seen: Set<string>,
  matcher: Matcher | null = buildMatcher(list),
): Segment[] {
  if (!matcher) return [text];
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(matcher.regex)) {
    const abbr = m[1]!;
    if (seen.has(abbr)) continue;
    seen.add(abbr);
    const start = m.index!;
    if (start > last) out.push(text.slice(last, start));
    out.push({ abbr, title: matcher.titles.get(abbr)! });
    last = start + abbr.length;
  }
  if (last === 0) return [text];
  if (last < text.length) out.push(text.slice(last));
  return out;
}
