/**
 * The searchable structure of a document, read from its MDX source (the
 * content layer), not from the built page: numbered headings with their ids
 * (`## 2.2 Title {#2-2-id}`), examples (`<Example id="…" title="…">`), boxes
 * (`<Box number={n} title="…">`), and the words under each, for quick-find's
 * keywords. These are the content conventions of docs/content-conventions.md;
 * tests/content checks that every block found here is on the built page.
 * Pure.
 */
import type { SourceBlock } from './quickfind.ts';

const HEADING = /^(#{2,3})\s+(.+?)\s*\{#([^}\s]+)\}\s*$/;
const EXAMPLE = /^<Example\s+id="([^"]+)"\s+title="([^"]+)"\s*>/;
const BOX = /^<Box\s+number=\{(\d+)\}\s+title="([^"]+)"\s*>/;
const CLOSE = /^<\/(Example|Box)>/;
const FIGURE = /^<([A-Z]\w*Figure)\b[^>]*\/>/;
const CAPTION = /<caption>([^<]+)<\/caption>/;

/** A caption without the site's "(redrawn by this site …)" aside: the words that name the figure or table. */
const captionWords = (caption: string) => caption.replace(/\s*\((?:redrawn|drawn|this site)[^)]*\)\s*$/i, '').trim();

/** Markdown and JSX reduced to words: good enough for keywords, never shown. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/<[^>]*>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface MdxBlockOptions {
  /** The caption of each figure component ("TlpFigure" -> "Figure: The four colours …"). */
  figureCaptions?: Readonly<Record<string, string>>;
}

export function mdxBlocks(
  body: string,
  { figureCaptions = {} }: MdxBlockOptions = {},
): { intro: string; blocks: SourceBlock[] } {
  const blocks: SourceBlock[] = [];
  const intro: string[] = [];
  let section: { block: SourceBlock; lines: string[] } | undefined;
  let inner: { block: SourceBlock; lines: string[] } | undefined;
  let fence = false;
  const flush = (b: { block: SourceBlock; lines: string[] } | undefined) => {
    if (b) b.block.body = plainText(b.lines.join('\n'));
  };
  for (const line of body.split('\n')) {
    if (/^(```|~~~)/.test(line)) fence = !fence;
    const heading = fence ? null : HEADING.exec(line);
    const example = fence ? null : EXAMPLE.exec(line);
    const box = fence ? null : BOX.exec(line);
    if (heading) {
      flush(inner);
      inner = undefined;
      flush(section);
      const block: SourceBlock = {
        kind: 'section',
        id: heading[3]!,
        depth: heading[1]!.length,
        title: plainText(heading[2]!),
        body: '',
      };
      blocks.push(block);
      section = { block, lines: [] };
    } else if (example || box) {
      flush(inner);
      const block: SourceBlock = example
        ? { kind: 'example', id: example[1]!, title: example[2]!, body: '' }
        : { kind: 'box', id: `box-${box![1]}`, title: `Box ${box![1]} ${box![2]}`, body: '' };
      blocks.push(block);
      inner = { block, lines: [] };
    } else if (!fence && (FIGURE.test(line) || CAPTION.test(line))) {
      const figure = FIGURE.exec(line)?.[1];
      const caption = figure ? figureCaptions[figure] : CAPTION.exec(line)?.[1];
      const owner = (inner ?? section)?.block;
      if (caption && owner) {
        owner.extra ??= [];
        owner.extra.push(captionWords(caption));
      }
    } else if (!fence && CLOSE.test(line)) {
      flush(inner);
      inner = undefined;
    } else {
      (inner ?? section)?.lines.push(line);
      if (!inner && !section) intro.push(line);
    }
  }
  flush(inner);
  flush(section);
  return { intro: plainText(intro.join('\n')), blocks };
}
