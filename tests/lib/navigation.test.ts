import { describe, expect, it } from 'vitest';
import { groupDocuments, type NavDocument, neighbours, tocHeadings } from '../../src/lib/navigation';

const doc = (id: string, publication: string, order: number): NavDocument => ({
  id,
  publication,
  title: id,
  order,
  headings: [],
});
const docs = [doc('g/b', 'guide', 1), doc('b/x', 'booklets', 2), doc('g/a', 'guide', 0), doc('b/w', 'booklets', 1)];

describe('groupDocuments', () => {
  it('orders publications as given and documents by order', () => {
    const groups = groupDocuments(docs, ['booklets', 'guide']);
    expect(groups.map((g) => g.documents.map((d) => d.id))).toEqual([
      ['b/w', 'b/x'],
      ['g/a', 'g/b'],
    ]);
  });
  it('refuses a document of an unknown publication, naming it', () => {
    expect(() => groupDocuments([doc('z', 'other', 0)], ['guide'])).toThrow(/"z".*"other"/);
  });
});

describe('neighbours', () => {
  const groups = groupDocuments(docs, ['booklets', 'guide']);
  it('crosses from one publication to the next', () => {
    const { prev, next } = neighbours(groups, 'b/x');
    expect(prev?.id).toBe('b/w');
    expect(next?.id).toBe('g/a');
  });
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(groups, 'b/w').prev).toBeUndefined();
    expect(neighbours(groups, 'g/b').next).toBeUndefined();
    expect(neighbours(groups, 'missing')).toEqual({});
  });
});

describe('tocHeadings', () => {
  it('keeps h2 and h3', () => {
    const hs = [1, 2, 3, 4].map((depth) => ({ depth, slug: `h${depth}`, text: '' }));
    expect(tocHeadings(hs).map((h) => h.slug)).toEqual(['h2', 'h3']);
  });
});
