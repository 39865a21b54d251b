/**
 * The meeting pack as Markdown, for minutes and e-mail. Everything that is
 * not the site's own markup goes through markdown-safe: the convener's text,
 * and DCAF's quotes too (they hold "*" and "<" as text).
 */
import { escapeMarkdownBlock, escapeMarkdownInline, runsToMarkdown } from '../markdown-safe';
import { type Block, packDocument } from './document';
import type { PackView } from './view';

function blockToMarkdown(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeMarkdownInline(b.text)}`;
    case 'marking':
      return runsToMarkdown([{ text: b.label, bold: true }, { text: ' — ' }, ...b.meaning]);
    case 'paragraph':
      return runsToMarkdown(b.runs);
    case 'reader':
      return escapeMarkdownBlock(b.text);
    case 'quote':
      return `> ${escapeMarkdownInline(b.text)}\n>\n> ${runsToMarkdown(b.citation)}`;
    case 'list':
      return b.items.map((item) => `- ${runsToMarkdown(item)}`).join('\n');
  }
}

export function packToMarkdown(view: PackView): string {
  const doc = packDocument(view);
  const body = doc.blocks.map(blockToMarkdown).filter((md) => md.trim() !== '');
  return `${[...body, '---', escapeMarkdownInline(doc.footer)].join('\n\n')}\n`;
}
