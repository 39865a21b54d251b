import { describe, expect, it } from 'vitest';
import { documentProblems, type DocumentSource } from '../../src/lib/manifest';

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
