/**
 * Proved by rendering: satteri (the site's own CommonMark + GFM parser) turns
 * the escaped text back into Markdown's tree, which must hold exactly the
 * reader's text, as paragraphs and line breaks, and nothing else.
 */
import fc from 'fast-check';
import { markdownToHtml, markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  escapeMarkdownBlock,
  escapeMarkdownInline,
  markdownLink,
  normaliseText,
  runsToMarkdown,
} from '../../src/lib/markdown-safe';

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}

const tree = (md: string) => markdownToMdast(md) as unknown as Node;

/** The text a paragraph shows, a line break as "\n". */
const shown = (node: Node): string =>
  node.type === 'break' ? '\n' : (node.value ?? '') + (node.children ?? []).map(shown).join('');

/** Every node type in a tree, and every link's address. */
function inventory(node: Node, types = new Set<string>(), urls: string[] = []) {
  types.add(node.type);
  if (node.url !== undefined) urls.push(node.url);
  for (const c of node.children ?? []) inventory(c, types, urls);
  return { types, urls };
}

/** What a reader should see for a note: their lines, paragraph by paragraph (leading blanks kept as no-break spaces). */
const expectedParagraphs = (note: string): string[] =>
  normaliseText(note)
    .split(/\n(?:[ \t]*\n)+/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trimEnd())
        .filter((l) => l.trim() !== '')
        .map((l) => l.replace(/^[ \t]+/, (lead) => lead.replace(/\t/g, '    ').replace(/ /g, '\u00A0')))
        .join('\n'),
    )
    .filter((p) => p !== '');

const SAFE_URL = /^(https?:|mailto:|xmpp:)/i;

/** A note must come back as its own text, in paragraphs, with at most web or mail autolinks (GFM) in it. */
function checkNote(note: string) {
  const md = escapeMarkdownBlock(note);
  const root = tree(md);
  const { types, urls } = inventory(root);
  for (const t of types) expect(['root', 'paragraph', 'text', 'break', 'link']).toContain(t);
  for (const u of urls) expect(u).toMatch(SAFE_URL);
  expect((root.children ?? []).map(shown)).toEqual(expectedParagraphs(note));
}

const FOOTER = "Quoted passages are DCAF's text. Notes are the convener's.";

/** A document as the exports build it: a heading, the reader's note, a rule, the footer. */
function checkDocument(note: string) {
  const md = ['# Plan', '', 'Notes:', '', escapeMarkdownBlock(note), '', '---', '', FOOTER, ''].join('\n');
  const root = tree(md);
  const blocks = root.children ?? [];
  expect(blocks.at(-1)?.type).toBe('paragraph');
  expect(shown(blocks.at(-1)!)).toBe(FOOTER);
  expect(blocks.at(-2)?.type).toBe('thematicBreak');
  expect(blocks.filter((b) => b.type === 'heading')).toHaveLength(1);
  const html = markdownToHtml(md).html;
  const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase()));
  for (const t of tags) expect(['h1', 'p', 'br', 'hr', 'a']).toContain(t);
  for (const m of html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(SAFE_URL);
  expect(
    html.trimEnd().endsWith(`<p>${FOOTER.replace(/'/g, '&#x27;')}</p>`) || html.trimEnd().endsWith(`<p>${FOOTER}</p>`),
  ).toBe(true);
}

/** The attacks the issue names, and the rest of Markdown's block and inline syntax. */
const ATTACKS = [
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '<javascript:alert(1)>',
  '![x](javascript:alert(1))',
  '[x]: javascript:alert(1)',
  '# Forged heading',
  '###### h6',
  '---',
  '***',
  '___',
  '===',
  '- list',
  '* list',
  '+ list',
  '1. list',
  '1) list',
  '> quote',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '```',
  '~~~',
  '```js\nunclosed fence',
  '    indented code',
  '\tindented code',
  '<div>',
  '<!-- comment',
  '<script>alert(1)</script>',
  '&lt;img&gt;',
  '&#60;b&#62;',
  '*emph* _emph_ **strong** ~~strike~~',
  '`code`',
  '$x^2$',
  '[^1]\n\n[^1]: footnote',
  '{#id}',
  ':::warning',
  '\\',
  'trailing spaces  ',
  'www.example.com',
  'a@b.co',
  'https://example.org/a_b',
  // GFM scans an address on to the next space, backslashes included: what follows must still be text.
  'https://x.org<img src=x onerror=alert(1)>',
  'HTTP://X.ORG<img src=x onerror=alert(1)>',
  'www.example.com<img src=x onerror=alert(1)>',
  'WWW.X.ORG*a*<b>',
  'x_www.example.com<img src=x>',
  '(www.example.com/a_b)',
  'https:///www.x.org<img src=x>',
  'mailto:a@b.co<img src=x>',
];

const piece = fc.oneof(
  fc.constantFrom(...ATTACKS),
  fc.constantFrom('www.', 'WWW.', 'http://', 'https://x.org', 'a@b.co', 'mailto:'),
  fc.constantFrom(
    '\n',
    '\n\n',
    '\r\n',
    '\r',
    ' ',
    '  ',
    '    ',
    '\t',
    '\u00A0',
    '\u2028',
    '\f',
    '\v',
    '\0',
    'text',
    'x',
  ),
  fc.constantFrom(...'\\`*_[]<>&|~$^{}#+-=:!.()"\'0123456789'.split('')),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const note = fc.oneof(
  fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
);

describe('escapeMarkdownBlock', () => {
  it.each(ATTACKS)('keeps %j as text', (attack) => {
    checkNote(attack);
    checkDocument(attack);
  });

  it('keeps the reader’s line breaks and paragraphs', () => {
    const root = tree(escapeMarkdownBlock('Agenda\n1. Welcome\n2. Objectives\n\n\nThen lunch'));
    expect(root.children?.map(shown)).toEqual(['Agenda\n1. Welcome\n2. Objectives', 'Then lunch']);
  });

  it('stays readable: plain prose is left as it is', () => {
    const prose = "We'll invite the CERT's head (and deputy), ask: who chairs? 50% of costs.";
    expect(escapeMarkdownBlock(prose)).toBe(prose);
  });

  it('writes a web address as a link and a www address as it is, when nothing follows it', () => {
    expect(escapeMarkdownBlock('See https://www.dcaf.ch/a_b. Or www.dcaf.ch.')).toBe(
      'See <https://www.dcaf.ch/a_b>. Or www.dcaf.ch.',
    );
    expect(escapeMarkdownBlock('www.x.org<img>')).toBe('&#119;ww.x.org\\<img>');
  });

  it('gives nothing for empty text', () => {
    expect(escapeMarkdownBlock('')).toBe('');
    expect(escapeMarkdownBlock(' \n\t\n')).toBe('');
  });

  it('an unclosed code fence cannot swallow the footer (rendered)', () => {
    checkDocument('```\nnotes in a fence that never closes');
    checkDocument('~~~\n<img src=x onerror=alert(1)>');
  });

  it('for any text: it comes back as itself, and the footer stays the last line (property)', () => {
    fc.assert(
      fc.property(note, (n) => {
        checkNote(n);
        checkDocument(n);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
  });
});

describe('escapeMarkdownInline', () => {
  it('keeps text on one line, and as text after a list marker or in a quote', () => {
    fc.assert(
      fc.property(note, (n) => {
        const md = `- ${escapeMarkdownInline(n)}\n\n> ${escapeMarkdownInline(n)}\n\n${FOOTER}\n`;
        const root = tree(md);
        const { types, urls } = inventory(root);
        for (const t of types)
          expect(['root', 'list', 'listItem', 'blockquote', 'paragraph', 'text', 'link']).toContain(t);
        for (const u of urls) expect(u).toMatch(SAFE_URL);
        expect(root.children?.map((b) => b.type)).toEqual(['list', 'blockquote', 'paragraph']);
        expect(shown(root.children!.at(-1)!)).toBe(FOOTER);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });
});

describe('markdownLink', () => {
  it('links web and mail addresses, and writes anything else as text', () => {
    expect(markdownLink('the passage', 'https://example.org/a_(b)/#x')).toBe(
      '[the passage](<https://example.org/a_(b)/#x>)',
    );
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x');
    expect(markdownLink('x', 'file:///C:/Users/ana/')).toBe('x');
    expect(markdownLink('x', '/ppp-guide/chapter-2/')).toBe('x');
    const root = tree(markdownLink('a [b] *c*', 'https://example.org/a b'));
    expect(inventory(root).urls).toEqual([]);
  });

  it('for any text: one link, with exactly that text (property)', () => {
    fc.assert(
      fc.property(note, (text) => {
        const root = tree(`${markdownLink(text, 'https://example.org/p#x')}\n\n${FOOTER}\n`);
        const { types, urls } = inventory(root);
        for (const t of types) expect(['root', 'paragraph', 'text', 'link']).toContain(t);
        const label = normaliseText(text).replace(/\s+/g, ' ').trim();
        expect(urls).toEqual(['https://example.org/p#x']);
        expect(shown(root.children![0]!).replace(/\s+/g, ' ')).toBe(label || 'https://example.org/p#x');
        expect(shown(root.children!.at(-1)!)).toBe(FOOTER);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });

  it('renders to a link with that address and that text', () => {
    const root = tree(markdownLink('*Title* [1]', 'https://example.org/p/(x)#y'));
    expect(inventory(root).urls).toEqual(['https://example.org/p/(x)#y']);
    expect(shown(root)).toBe('*Title* [1]');
  });
});

describe('runsToMarkdown', () => {
  it('writes italics and links, and escapes the rest', () => {
    const md = runsToMarkdown([
      { text: 'A and B, ' },
      { text: 'Title: *with* stars', italic: true },
      { text: ' (Geneva: DCAF, 2021), ' },
      { text: 'https://example.org/x', href: 'https://example.org/x' },
      { text: '.' },
    ]);
    expect(md).toBe('A and B, *Title: \\*with\\* stars* (Geneva: DCAF, 2021), <https://example.org/x>.');
    const paragraph = tree(md).children![0]!;
    expect(paragraph.children?.map((c) => c.type)).toEqual(['text', 'emphasis', 'text', 'link', 'text']);
    expect(shown(paragraph)).toBe('A and B, Title: *with* stars (Geneva: DCAF, 2021), https://example.org/x.');
  });
});
