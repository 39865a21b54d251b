import { describe, expect, it } from 'vitest';
import { builtManifest, documentProblems, type DocumentSource, type SiteManifest } from '../../src/lib/manifest';

const doc = (file: string, order: number, body = 'Text.', publication = 'ppp-guide'): DocumentSource => ({
  id: file,
  file,
  publication,
  order,
  body,
});

describe('documentProblems', () => {
  it('accepts distinct orders per publication', () => {
    expect(documentProblems([doc('a.mdx', 1), doc('b.mdx', 2), doc('c.mdx', 1, 'x', 'booklets')])).toEqual([]);
  });

  it('names both files that share an order', () => {
    expect(documentProblems([doc('content/b.mdx', 3), doc('content/a.mdx', 3)])).toEqual([
      'content/b.mdx: order 3 is also the order of content/a.mdx in "ppp-guide": give each document its own',
    ]);
  });

  it('refuses a raw <script>, naming file and line', () => {
    expect(documentProblems([doc('content/x.mdx', 1, 'Line one.\n\n<script>alert(1)</script>\n')])).toEqual([
      'content/x.mdx:3: a <script> in the text: the site adds its own scripts; remove it',
    ]);
  });

  it('allows "<script>" shown as code', () => {
    expect(documentProblems([doc('x.mdx', 1, 'Use `<script>` never.\n\n```html\n<script></script>\n```\n')])).toEqual(
      [],
    );
  });
});

describe('builtManifest', () => {
  it('keeps what the steps after the pages read, and leaves out the documents’ text', () => {
    const kept = {
      id: 'booklets/x',
      publication: 'booklets' as const,
      title: 'X',
      navTitle: 'Booklet X',
      description: 'About X.',
      order: 1,
      url: 'booklets/x/',
      headings: [{ depth: 2, slug: 'a', text: 'A' }],
    };
    const manifest: SiteManifest = {
      documents: [
        {
          ...kept,
          intro: 'Text before the first heading.',
          blocks: [{ kind: 'section', id: 'a', title: 'A', depth: 2, body: 'The text of A.' }],
        },
      ],
      tools: [{ id: 't', title: 'T', summary: 'S', url: 'tools/t/' }],
      glossary: [{ abbr: 'CERT', expansion: 'Computer Emergency Response Team' }],
    };
    const search = { index: { v: 1, pubs: [], pages: [], recs: [] }, tools: [], aliases: { aliases: [] } };
    const built = builtManifest(manifest, [{ id: 'tree' }], search as never);
    expect(built.documents).toEqual([kept]);
    expect(JSON.stringify(built)).not.toContain('The text of A.');
    expect(built.tools).toBe(manifest.tools);
    expect(built.glossary).toBe(manifest.glossary);
    expect(built.trees).toEqual([{ id: 'tree' }]);
    expect(built.search).toBe(search);
    expect(manifest.documents[0]!.blocks).toHaveLength(1); // the site's own manifest is left as it was
  });
});
