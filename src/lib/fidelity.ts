/**
 * Sentence-level comparison of a source text with the built site, after the
 * layout-only clean-up the seeds README lists (page numbers, running headers,
 * bullets, infographic placeholders, footnotes moved out of the flow).
 * Pure: the test feeds it the source files and the pages' text.
 */

/** Lines the PDF extraction added that are layout, not text. */
const LAYOUT_LINE = [
  /^\s*\d{1,3}\s*$/, // page numbers
  /^\s*Strengthening Cooperation with Private Sector Actors for Networking and Information Sharing\s*$/, // running header
  /^\s*Booklet \d: .*\((include in|at end of) .*\)\s*$/, // infographic placeholders
  /^\s*[•\uf0b7]\s*$/, // bullets alone on a line
  /(\.{3,}|\t)\s*\d+\s*$/, // printed table of contents: "2.1 Planning a cybersecurity PPP.....\t14"
];

const FOOTNOTE_LINE = /^\s*[¹²³⁴⁵⁶⁷⁸⁹]\s/;
const SUPERSCRIPT = /[¹²³⁴⁵⁶⁷⁸⁹⁰]/g;

/**
 * The short lines right after an infographic placeholder are the infographic's
 * own words ("Unclear roles", "Limited\ndistribution"): the redrawn figure
 * carries them, so they are not running text. They end at the first line of
 * five words or more, or one that starts a numbered heading.
 */
const INFOGRAPHIC_WORDS = (line: string) => !/^\s*([IVX]+|\d+)\./.test(line) && line.trim().split(/\s+/).length < 5;
const PLACEHOLDER = LAYOUT_LINE[2]!;

/** Splits a source text into paragraphs (line breaks kept), footnotes moved to the end. */
export function sourceParagraphs(raw: string): string[] {
  const body: string[] = [];
  const notes: string[] = [];
  let inInfographic = false;
  for (const line of raw.replace(/\r\n?/g, '\n').split('\n')) {
    if (PLACEHOLDER.test(line)) inInfographic = true;
    else if (inInfographic && line.trim() !== '' && !INFOGRAPHIC_WORDS(line)) inInfographic = false;
    if (inInfographic || LAYOUT_LINE.some((re) => re.test(line))) body.push('');
    else if (FOOTNOTE_LINE.test(line)) notes.push(line);
    else body.push(line);
  }
  return [...body, '', ...notes]
    .join('\n')
    .replace(/\/\n\s*\n(?=[a-z])/g, '/\n') // a URL broken across a blank line
    .replace(/\[([^\]]+)\]\([^)\s]+\)/g, '$1') // Markdown links in the extraction: the page shows the link text
    .replace(/<\/?p>/g, '\n\n')
    .replace(/\t/g, ' ')
    .replace(/[•\uf0b7]/g, '\n\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t]*\n[ \t]*/g, '\n').trim())
    .filter(Boolean);
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Sentences of at least `minWords` words, split at . ? ! before a space and a non-lower-case letter. */
export function sentences(paragraph: string, minWords = 6): string[] {
  return paragraph
    .split(/(?<=[.?!])\s+(?=[^a-z])/)
    .map((s) => s.trim())
    .filter((s) => wordCount(s) >= minWords);
}

/**
 * Normalised form for comparison: lower case, no punctuation or symbols (so
 * quotes, dashes and hyphens don't matter), whitespace collapsed. Where the
 * source broke a line after a hyphen, a slash or a dot inside a URL, the two
 * halves are joined first, as the site prints them whole.
 */
export function normalise(text: string): string {
  return text
    .replace(SUPERSCRIPT, '') // before NFKC, which would turn ¹ into 1
    .normalize('NFKC')
    .replace(/([-/])[ \t]*\n\s*/g, '$1')
    .replace(/\.[ \t]*\n\s*(?=[a-z])/g, '.')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface FidelityReport {
  checked: number;
  missing: string[];
}

/**
 * The extraction glues a heading to the paragraph under it ("Introduction\nDCAF's
 * project…"). A sentence therefore also counts as present when it splits, at
 * up to two line breaks before a capital or a digit, into parts that are each
 * on the site: the heading and its paragraph are separate elements there.
 */
function found(sentence: string, haystack: string): boolean {
  if (haystack.includes(normalise(sentence))) return true;
  const lines = sentence.split('\n');
  const breaks = lines.map((_, i) => i).filter((i) => i > 0 && /^[\p{Lu}\p{N}]/u.test(lines[i]!));
  const has = (from: number, to: number) => haystack.includes(normalise(lines.slice(from, to).join('\n')));
  for (const a of breaks) {
    if (has(0, a) && has(a, lines.length)) return true;
    for (const b of breaks) if (b > a && has(0, a) && has(a, b) && has(b, lines.length)) return true;
  }
  return false;
}

/** Every sentence of the source must occur, normalised, somewhere in the site's text. */
export function checkFidelity(source: string, siteText: string): FidelityReport {
  const haystack = normalise(siteText);
  const missing: string[] = [];
  let checked = 0;
  for (const paragraph of sourceParagraphs(source)) {
    for (const sentence of sentences(paragraph)) {
      checked++;
      if (!found(sentence, haystack)) missing.push(sentence.replace(/\s+/g, ' '));
    }
  }
  return { checked, missing };
}
