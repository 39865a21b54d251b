/**
 * The quick-find index of the real site, built from content/ without a build:
 * the MDX pages read as scan.ts reads the built HTML (headings with their ids,
 * examples, boxes, captions; the site's footnotes, figures' asides and tools
 * left out), the glossary, the wizard trees and the search aliases. Close
 * enough to the built index for ranking tests; tests/browser/search-ranking
 * checks the real one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadAliases } from '../../../src/lib/search/aliases-schema';
import {
  buildQuickFindIndex,
  type QuickFindIndex,
  type SourceBlock,
  type SourceDocument,
  type SourceGlossaryEntry,
  type SourceTool,
} from '../../../src/lib/search/quickfind';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CONTENT = join(ROOT, 'content');

/** As the search build lists them (src/integrations/search.ts). */
const PUBLICATIONS = [
  { id: 'booklets', label: 'Booklets' },
  { id: 'ppp-guide', label: 'PPP guide' },
  { id: 'tools', label: 'Tools' },
  { id: 'glossary', label: 'Glossary' },
];
const DOCUMENT_FOLDERS = ['booklets', 'ppp-guide'];

/** A figure component's caption, as its .astro file gives it, without the "(redrawn …)" aside. */
function figureCaption(component: string): string | undefined {
  const file = join(ROOT, 'src', 'components', 'figures', `${component}.astro`);
  const m = /caption="([^"]+)"/.exec(readFileSync(file, 'utf8'));
  return m?.[1]?.replace(/\s*\((?:redrawn|drawn)[^)]*\)\s*$/i, '');
}

/** MDX text as a reader sees it: no tags, no Markdown marks. */
function plain(mdx: string): string {
  return mdx
    .replace(/<Footnotes>[\s\S]*?<\/Footnotes>/g, ' ')
    .replace(/<FootnoteRef[^>]*\/>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/^\s*[-|>#]+/gm, ' ')
    .replace(/\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function readDocument(publication: string, file: string): { doc: SourceDocument; order: number } {
  const text = readFileSync(join(CONTENT, publication, file), 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const data = parseYaml(front) as { title: string; navTitle?: string; description?: string; order: number };
  const lines = body.replace(/^import .*$/gm, '').split('\n');

  const blocks: SourceBlock[] = [];
  let intro = '';
  let current: SourceBlock | undefined;
  let inside: SourceBlock | undefined; // an example or box, until its closing tag
  let buffer: string[] = [];
  const flush = () => {
    const t = plain(buffer.join('\n'));
    buffer = [];
    if (!t) return;
    const into = inside ?? current;
    if (into) into.body = `${into.body} ${t}`.trim();
    else intro = `${intro} ${t}`.trim();
  };
  for (const line of lines) {
    const heading = /^(#{2,3}) (.+?) \{#([^}]+)\}\s*$/.exec(line);
    const example = /^<Example id="([^"]+)" title="([^"]+)">/.exec(line);
    const box = /^<Box number=\{(\d+)\} title="([^"]+)">/.exec(line);
    const figure = /^<(\w+Figure)\b/.exec(line);
    const caption = /<caption>(.+?)<\/caption>/.exec(line);
    if (heading) {
      flush();
      current = { kind: 'section', id: heading[3]!, depth: heading[1]!.length, title: plain(heading[2]!), body: '' };
      blocks.push(current);
    } else if (example || box) {
      flush();
      inside = example
        ? { kind: 'example', id: example[1]!, title: example[2]!, body: '' }
        : { kind: 'box', id: `box-${box![1]}`, title: `Box ${box![1]} ${box![2]}`, body: '' };
      blocks.push(inside);
    } else if (/^<\/(Example|Box)>/.test(line)) {
      flush();
      inside = undefined;
    } else if (figure || caption) {
      const c = figure ? figureCaption(figure[1]!) : caption![1];
      if (c && current) current.extra = [...(current.extra ?? []), plain(c)];
      if (caption) buffer.push(line);
    } else if (!/^<WizardEmbed/.test(line)) {
      buffer.push(line);
    }
  }
  flush();
  const doc: SourceDocument = {
    url: `${publication}/${file.replace(/\.mdx$/, '')}/`,
    title: data.title,
    shortTitle: data.navTitle,
    publication,
    description: data.description,
    intro,
    blocks,
  };
  return { doc, order: data.order };
}

/** The site's documents in reading order. */
export function contentDocuments(): SourceDocument[] {
  return DOCUMENT_FOLDERS.flatMap((pub) =>
    readdirSync(join(CONTENT, pub))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => readDocument(pub, f))
      .sort((a, b) => a.order - b.order)
      .map((d) => d.doc),
  );
}

export function contentTools(): SourceTool[] {
  const folder = join(CONTENT, 'wizards');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as SourceTool);
}

/** The quick-find index of content/, with the site's aliases. */
export function contentIndex(): QuickFindIndex {
  return buildQuickFindIndex({
    publications: PUBLICATIONS,
    documents: contentDocuments(),
    glossary: JSON.parse(readFileSync(join(CONTENT, 'glossary.json'), 'utf8')) as SourceGlossaryEntry[],
    glossaryUrl: 'glossary/',
    tools: contentTools(),
    aliases: loadAliases(readFileSync(join(CONTENT, 'search', 'aliases.json'), 'utf8')),
  });
}
