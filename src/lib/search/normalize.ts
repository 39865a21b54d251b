/**
 * Folding text for search: lower case, no diacritics, so "Jakstas" finds
 * "Jakštas" and "Dordevic" finds "Đorđević"; Serbian and Macedonian Cyrillic
 * in Latin letters, so "сектор" and "sektor" are one word. The same function
 * runs on the index (at build time) and on the query and the page (in the
 * browser). Pure, no DOM.
 */

/** Letters that Unicode does not decompose into a base letter plus a mark. */
const SPECIAL: Record<string, string> = {
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ø: 'o',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  // Typographic quotes and dashes fold to their plain forms.
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2013': '-',
  '\u2014': '-',
  // Serbian and Macedonian Cyrillic, letter for letter as the official Latin
  // alphabets write them (ж ž, ћ ć, џ dž …), then folded like them (ž → z).
  // ѓ ќ й decompose to г к и plus a mark, so they need no entry.
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'd',
  е: 'e',
  ж: 'z',
  з: 'z',
  ѕ: 'dz',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  џ: 'dz',
  ш: 's',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'g');
const MARKS_RE = /\p{M}+/gu;

/** Any character outside ASCII: text without one folds and splits by the quick paths below, to the same result. */
const NOT_ASCII = /[\u0080-\uffff]/;

/** Lower case, diacritics removed, special letters mapped to ASCII. */
export function fold(text: string): string {
  // Most paragraphs are plain ASCII: normalising and matching marks cost a build a third of its keyword time.
  if (!NOT_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}

/** Folded text with whitespace collapsed: what a query is compared as. */
export function foldQuery(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

/**
 * The folded text and, for each of its characters, the index of the original
 * character it came from, so a match in the folded text can be marked in the
 * original (used to highlight search terms on a page).
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  // Walk by code point so surrogate pairs stay whole.
  let i = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += ch.length;
  }
  map.push(text.length);
  return { folded, map };
}

/** Words of folded text: letters and digits, keeping inner hyphens and dots ("z-cert", "2.2"). */
export function words(folded: string): string[] {
  // In ASCII the letters and digits are A–Z, a–z and 0–9, and this pattern runs four times as fast.
  if (!NOT_ASCII.test(folded)) return folded.match(/[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*/g) ?? [];
  return folded.match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu) ?? [];
}
