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

/** One regex for the whole list; longest first so "MKD-CIRT" wins over "CIRT", "CIIP" over "CII". */
export function buildMatcher(list: readonly Abbreviation[]): RegExp | null {
  if (list.length === 0) return null;
  const alternatives = [...list]
    .map((a) => a.abbr)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // Not inside a longer word or hyphenated name; a plural "s" may follow ("CERTs").
  return new RegExp(`(?<![\\p{L}\\p{N}-])(${alternatives})(?=s?(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}]))`, 'gu');
}

export function markFirstUses(
  text: string,
  list: readonly Abbreviation[],
  seen: Set<string>,
  matcher: RegExp | null = buildMatcher(list),
): Segment[] {
  if (!matcher) return [text];
  const byAbbr = new Map(list.map((a) => [a.abbr, a.expansion]));
  const out: Segment[] = [];
  let last = 0;
  matcher.lastIndex = 0;
  for (const m of text.matchAll(matcher)) {
    const abbr = m[1]!;
    if (seen.has(abbr)) continue;
    seen.add(abbr);
    const start = m.index!;
    if (start > last) out.push(text.slice(last, start));
    out.push({ abbr, title: byAbbr.get(abbr)! });
    last = start + abbr.length;
  }
  if (last === 0) return [text];
  if (last < text.length) out.push(text.slice(last));
  return out;
}
