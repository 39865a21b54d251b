/**
 * Reading built pages for search: what a document page contains (title,
 * numbered headings, examples, boxes, captions) for the quick-find index, and
 * the same page marked up for Pagefind (what to index, what to ignore, which
 * publication it belongs to, how much headings weigh).
 *
 * Both work on the HTML that dist/ holds, so search sees exactly what readers
 * see (final ids and heading numbers), and the pages themselves carry no
 * search markup. Pure: strings in, strings out (node-html-parser, no DOM).
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import type { SourceBlock, SourceDocument } from './quickfind.ts';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Inside the text, but not the source's words: markers and labels the site adds. */
const SKIP_SELECTOR =
  '[data-fnref], [data-pagefind-ignore], .example__kicker, .editorial-note__label, script, style, template, .footnotes, nav';

const isElement = (n: Node): n is HTMLElement => n.nodeType === ELEMENT_NODE;
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function textOf(el: HTMLElement): string {
  const copy = parse(el.outerHTML);
  for (const e of copy.querySelectorAll(SKIP_SELECTOR)) e.remove();
  // Block boundaries become spaces so words do not run together.
  return clean(
    copy.innerHTML
      .replace(
        /<\/?(?:p|li|h[1-6]|td|th|tr|div|section|aside|figure|figcaption|caption|br|details|summary)\b[^>]*>/gi,
        ' ',
      )
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([\da-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
}

/** A figure's caption without the site's "(redrawn by this site …)" aside. */
function captionOf(el: HTMLElement): string | undefined {
  const cap =
    el.querySelector('.figure__caption-text') ?? el.querySelector('figcaption') ?? el.querySelector('caption');
  if (!cap) return undefined;
  return textOf(cap).replace(/\s*\((?:redrawn|drawn)[^)]*\)\s*$/i, '') || undefined;
}

/**
 * The searchable structure of a built document page: its h1, short title
 * (the sidebar's), description, and the blocks of its text in order.
 */
export function scanDocumentPage(html: string, url: string, publication: string): SourceDocument {
  const root = parse(html);
  const main = root.querySelector('main');
  if (!main) throw new Error(`${url}: no <main>`);
  const title = clean(main.querySelector('h1')?.text ?? '');
  const shortTitle = clean(root.querySelector('.sidebar a[aria-current="page"]')?.text ?? '') || undefined;
  const description = root.querySelector('meta[name="description"]')?.getAttribute('content') || undefined;
  const prose = main.querySelector('.prose') ?? main;

  const blocks: SourceBlock[] = [];
  let intro = '';
  let current: SourceBlock | undefined;
  const addText = (t: string) => {
    if (current) current.body += t;
    else intro += t;
  };
  const addExtra = (caption: string | undefined) => {
    if (!caption) return;
    if (!current) return;
    current.extra ??= [];
    current.extra.push(caption);
  };

  const walk = (node: HTMLElement) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        addText(child.text);
        continue;
      }
      if (!isElement(child)) continue;
      const el = child;
      const tag = el.tagName.toLowerCase();
      if (el.matches(SKIP_SELECTOR)) continue;
      if ((tag === 'h2' || tag === 'h3') && el.id) {
        current = { kind: 'section', id: el.id, depth: Number(tag[1]), title: textOf(el), body: '' };
        blocks.push(current);
        continue;
      }
      if (tag === 'section' && el.classList.contains('example') && el.id) {
        const heading = el.querySelector('h2, h3, h4');
        const body = el.clone() as HTMLElement;
        body.querySelector('h2, h3, h4')?.remove();
        blocks.push({ kind: 'example', id: el.id, title: heading ? textOf(heading) : el.id, body: textOf(body) });
        continue;
      }
      if (tag === 'aside' && el.classList.contains('box') && el.id) {
        const heading = el.querySelector('.box__title');
        const body = el.clone() as HTMLElement;
        body.querySelector('.box__title')?.remove();
        blocks.push({ kind: 'box', id: el.id, title: heading ? textOf(heading) : el.id, body: textOf(body) });
        continue;
      }
      if (tag === 'figure' || tag === 'table') addExtra(captionOf(el));
      addText(' ');
      walk(el);
      addText(' ');
    }
  };
  walk(prose);

  for (const b of blocks) b.body = clean(b.body);
  return { url, title, shortTitle, publication, description, intro: clean(intro), blocks };
}

export interface PagefindMarkup {
  /** Filter value: the publication id ("booklets", "ppp-guide", "glossary", "tools"). */
  publication: string;
}

/** Pagefind's weights (0–10; body text is 1): headings and titles outrank passing mentions. */
export const PAGEFIND_WEIGHTS = { h1: 10, h2: 9, h3: 8, h4: 6, example: 8 } as const;

/**
 * The page as Pagefind should index it: only <main>, without the on-page
 * contents (folded or not) and the link to the documents under the title,
 * "Cite this", previous/next, publication line and footnote markers; the
 * publication as a filter; headings weighted.
 */
export function markForPagefind(html: string, { publication }: PagefindMarkup): string {
  const root = parse(html);
  const main = root.querySelector('main');
  if (!main) return html;
  main.setAttribute('data-pagefind-body', '');
  main.setAttribute('data-pagefind-filter', `publication:${publication}`);
  for (const el of main.querySelectorAll(
    'nav, .toc, .doc__bar, .cite, .prev-next, .doc__publication, [data-fnref], .example__kicker, .footnotes__back, script, style',
  )) {
    el.setAttribute('data-pagefind-ignore', 'all');
  }
  for (const tag of ['h1', 'h2', 'h3', 'h4'] as const) {
    for (const h of main.querySelectorAll(tag)) h.setAttribute('data-pagefind-weight', String(PAGEFIND_WEIGHTS[tag]));
  }
  for (const h of main.querySelectorAll('.example__title, .box__title'))
    h.setAttribute('data-pagefind-weight', String(PAGEFIND_WEIGHTS.example));
  return root.toString();
}
