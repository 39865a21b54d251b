/**
 * The passages index: every citable paragraph of the documents (the blocks
 * with an id "<section>-p<n>"), for search where Pagefind cannot run — a
 * copy opened from disk. Built from each built page's <main> (one parse per
 * page, nothing else of the page), written as a classic script that sets a
 * global (fetch does not work from file://), loaded only there and only when
 * the dialog opens; searched here with folded words, every word of the query
 * required, a word of the text matched by its beginning. Pure, no DOM.
 */
import { parse } from 'node-html-parser';
import { mainHtml, NOT_READING_TEXT } from '../page-text.ts';
import { fold, words } from './normalize.ts';

export interface Passage {
  /** Page path inside the site: "booklets/sectoral-certs/". */
  u: string;
  /** The paragraph's id. */
  a: string;
  /** The heading it sits under, as printed ("III.5 Ensure …"). */
  h: string;
  /** Its text. */
  t: string;
}

export interface PassageHit extends Passage {
  score: number;
}

const PARAGRAPH_ID = /-p\d+$/;

/** The citable paragraphs of a built document page, in order. */
export function passagesOfPage(html: string, url: string): Passage[] {
  const part = mainHtml(html);
  if (part === undefined) throw new Error(`${url}: no <main> to index`);
  const main = parse(part);
  for (const el of main.querySelectorAll(NOT_READING_TEXT)) el.remove();
  const out: Passage[] = [];
  let heading = '';
  for (const el of main.querySelectorAll('h2[id], h3[id], [id]')) {
    const id = el.getAttribute('id')!;
    const tag = el.tagName.toLowerCase();
    if ((tag === 'h2' || tag === 'h3') && !PARAGRAPH_ID.test(id)) heading = clean(el.text);
    else if (PARAGRAPH_ID.test(id)) out.push({ u: url, a: id, h: heading, t: clean(el.structuredText) });
  }
  return out;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The index as a classic script: window.sitePassages, then a ready call. */
export function passagesScript(passages: Passage[]): string {
  const json = JSON.stringify(passages)
    .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    .replace(/<\//g, '<\\/');
  return `window.sitePassages=${json};window.sitePassagesReady&&window.sitePassagesReady();\n`;
}

/** Folded words of each passage, computed once per index. */
const folded = new WeakMap<readonly Passage[], string[][]>();

/**
 * Passages holding every word of the query (a text word matches a query word
 * it starts with: "report" finds "reporting"), best first: more occurrences,
 * then words close together, then document order.
 */
export function searchPassages(passages: readonly Passage[], query: string, limit = 8): PassageHit[] {
  const terms = [...new Set(words(fold(query)).filter((w) => w.length >= 2))];
  if (!terms.length) return [];
  let all = folded.get(passages);
  if (!all) {
    all = passages.map((p) => words(fold(`${p.h} ${p.t}`)));
    folded.set(passages, all);
  }
  const hits: PassageHit[] = [];
  passages.forEach((p, i) => {
    const ws = all![i]!;
    let score = 0;
    const firsts: number[] = [];
    for (const term of terms) {
      let count = 0;
      let first = -1;
      ws.forEach((w, at) => {
        if (w.startsWith(term)) {
          count++;
          if (first < 0) first = at;
        }
      });
      if (!count) return;
      score += 1 + Math.log(count);
      firsts.push(first);
    }
    const spread = Math.max(...firsts) - Math.min(...firsts);
    hits.push({ ...p, score: score + (terms.length > 1 ? 2 / (1 + spread) : 0) });
  });
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A short excerpt of a passage around the first word of the query, escaped,
 * with each matching word in <mark> (as Pagefind's excerpts are).
 */
export function passageExcerpt(text: string, query: string, around = 12): string {
  const terms = [...new Set(words(fold(query)).filter((w) => w.length >= 2))];
  const tokens = text.split(/\s+/).filter(Boolean);
  const hit = (t: string) => {
    const w = words(fold(t))[0] ?? '';
    return terms.some((term) => w.startsWith(term));
  };
  const first = Math.max(0, tokens.findIndex(hit));
  const start = Math.max(0, first - Math.floor(around / 3));
  const part = tokens.slice(start, start + around);
  const html = part.map((t) => (hit(t) ? `<mark>${escapeHtml(t)}</mark>` : escapeHtml(t))).join(' ');
  return `${start > 0 ? '… ' : ''}${html}${start + around < tokens.length ? ' …' : ''}`;
}
