/**
 * Text that goes into a Markdown export as text, whoever wrote it: a reader's
 * notes, a pack file from someone else, or quotes that contain "*" or "<".
 *
 * The rule, from the CommonMark spec: a backslash before ASCII punctuation
 * makes it literal. So every character that can open something (inline:
 * code, emphasis, links, images, HTML, entities, GFM tables, strikethrough,
 * footnotes, math, MDX braces) is escaped wherever it is, and every character
 * that can open a block only at the start of a line (headings, quotes, lists,
 * thematic breaks, setext underlines) is escaped there. Leading spaces would
 * make an indented code block, so they become no-break spaces, which
 * CommonMark does not count as indentation. Line breaks the reader typed stay
 * line breaks (a backslash before the newline); blank lines stay paragraph
 * breaks. Nothing the reader types can end the paragraph it is in except a
 * blank line, so it can never turn into a heading, swallow the footer or carry
 * HTML or a javascript: link.
 */

/** Escaped wherever they are. */
const INLINE = /[\\`*_[\]<&|~$^{}]/g;
/** Escaped at the start of a line, where they open a block. */
const LINE_START = /^([#>+\-=:!])/;
/** "1." or "1)" at the start of a line opens an ordered list. */
const ORDERED = /^(\d{1,9})([.)])/;

/** Line endings as CommonMark knows them; control characters but tab and newline (invisible, and parsers drop or change them) removed. */
export const normaliseText = (text: string): string => text.replace(/\r\n?/g, '\n').replace(/(?![\t\n])\p{Cc}/gu, '');

/**
 * Web addresses a reader types. GFM turns "https://…" and "www.…" into links
 * by scanning on to the next space or "<", backslashes included, so a
 * backslash right after an address stops escaping (satteri 0.10 renders
 * "https://x.org\\<img onerror=…>" as a link and an <img>). So an http(s)
 * address becomes an autolink (<https://…>: its end is marked, and CommonMark
 * takes every character inside literally); a "www." whose run up to the next
 * space holds anything that needs escaping gets its first letter written as a
 * character reference ("&#119;ww."), which no parser scans as an address.
 */
const ADDRESS_START = /https?:\/\/|www\./gi;
const NEEDS_ESCAPE = /[\\`*_[\]<&|~$^{}]/;

/** An address ends before trailing punctuation and an unbalanced ")", as GFM decides. */
function trimAddress(address: string): string {
  let a = address;
  for (;;) {
    const before = a;
    a = a.replace(/[?!.,:;*_~'"]+$/, '');
    if (a.endsWith(')') && a.split('(').length < a.split(')').length) a = a.slice(0, -1);
    if (a === before) return a;
  }
}

/** `openEnd`: something (a line break's backslash, more Markdown) may follow the text directly. */
function escapeText(text: string, openEnd: boolean): string {
  let out = '';
  let plainFrom = 0;
  const flush = (to: number) => {
    out += text.slice(plainFrom, to).replace(INLINE, '\\$&');
  };
  const starts = new RegExp(ADDRESS_START.source, 'gi');
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const at = m.index;
    starts.lastIndex = at + 1;
    if (m[0].length > 4) {
      const address = trimAddress(/^[^\s<>]+/.exec(text.slice(at))![0]);
      if (address.length > m[0].length && address[m[0].length] !== '/') {
        flush(at);
        out += `<${address}>`;
        plainFrom = at + address.length;
        starts.lastIndex = plainFrom;
      }
      continue;
    }
    const run = /^[^ \t\n]*/.exec(text.slice(at))![0];
    if (NEEDS_ESCAPE.test(run) || (openEnd && at + run.length === text.length)) {
      flush(at);
      out += `&#${text.charCodeAt(at)};`;
      plainFrom = at + 1;
    }
  }
  flush(text.length);
  return out;
}

/** One line, escaped; `atLineStart` false for text that follows other text on its line. */
function escapeLine(line: string, atLineStart = true, openEnd = true): string {
  const lead = atLineStart ? /^[ \t]*/.exec(line)![0] : '';
  const indent = lead.replace(/\t/g, '    ').replace(/ /g, '\u00A0');
  let rest = escapeText(line.slice(lead.length), openEnd);
  if (atLineStart) rest = rest.replace(LINE_START, '\\$1').replace(ORDERED, '$1\\$2');
  return indent + rest;
}

/** Line breaks as spaces, for text that must stay on one line. */
const oneLine = (text: string): string => normaliseText(text).replace(/[ \t]*\n\s*/g, ' ');

/**
 * Text of one line for any place in a Markdown document where inline content
 * goes (after "- ", in a heading, in a quote): line breaks become spaces.
 */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(oneLine(text).trim());
}

/**
 * Text of several lines and paragraphs as Markdown paragraphs. Put it between
 * blank lines. Empty (or only white space) gives ''.
 */
export function escapeMarkdownBlock(text: string): string {
  const paragraphs = normaliseText(text)
    .split(/\n(?:[ \t]*\n)+/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l.trim() !== ''),
    )
    .filter((lines) => lines.length > 0);
  // A backslash at the end of a line is a hard line break; not after the last line of a paragraph, where it would print.
  return paragraphs
    .map((lines) => lines.map((l, i) => escapeLine(l, true, i < lines.length - 1)).join('\\\n'))
    .join('\n\n');
}

/** Schemes a link in an export may use. */
const SAFE_LINK = /^(https?:|mailto:)/i;

/**
 * A link in Markdown: `[text](<href>)` for a web or mail address; anything
 * else (javascript:, file:, a bare path) is written as text, never as a link.
 */
export function markdownLink(text: string, href: string): string {
  if (!SAFE_LINK.test(href) || /[\s<>\\]/.test(href)) return escapeMarkdownInline(text);
  const label = oneLine(text).trim();
  if (label === '' || label === href) return `<${href}>`;
  // A link's text cannot hold another link: no autolinks, everything escaped.
  return `[${label.replace(INLINE, '\\$&')}](<${href}>)`;
}

/** Pieces of styled text (see citation.ts Run) as Markdown, on one line. */
export function runsToMarkdown(
  runs: readonly { text: string; italic?: boolean; bold?: boolean; href?: string }[],
): string {
  return runs
    .map((r, i) => {
      if (r.href) return markdownLink(r.text, r.href);
      // Only the first run can be at the start of a line.
      const text = escapeLine(oneLine(r.text), i === 0);
      const mark = (r.bold ? '**' : '') + (r.italic ? '*' : '');
      // Emphasis must not open or close next to a space: keep outer spaces outside the marks.
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
      return mark && core ? `${lead}${mark}${core}${[...mark].reverse().join('')}${trail}` : text;
    })
    .join('');
}
