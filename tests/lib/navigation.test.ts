import { describe, expect, it } from 'vitest';
import {
  groupDocuments,
  neighbours,
  relativeRoot,
  tocHeadings,
  withBase,
  withIndexFile,
  type NavDocument,
} from '../../src/lib/navigation';

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

describe('tocHeadings and withBase', () => {
  it('keeps h2 and h3', () => {
    const hs = [1, 2, 3, 4].map((depth) => ({ depth, slug: `h${depth}`, text: '' }));
    expect(tocHeadings(hs).map((h) => h.slug)).toEqual(['h2', 'h3']);
  });
  it('joins base and path', () => {
    expect(withBase('/', '/booklets/')).toBe('/booklets/');
    expect(withBase('/guide', 'booklets/')).toBe('/guide/booklets/');
    expect(withBase('/guide/', '/')).toBe('/guide/');
  });
});

describe('links of the offline bundle (a base relative to the page)', () => {
  it('names the index.html of folders, keeping query and fragment', () => {
    expect(withBase('../../', '/tools/')).toBe('../../tools/index.html');
    expect(withBase('./', '/')).toBe('./index.html');
    expect(withBase('./', '/#documents')).toBe('./index.html#documents');
    expect(withBase('../', '/booklets/x/#p1')).toBe('../booklets/x/index.html#p1');
    expect(withBase('../', '/favicon.svg')).toBe('../favicon.svg');
    expect(withBase('..', '/tools/tlp/?tlp=1.a')).toBe('../tools/tlp/index.html?tlp=1.a');
  });
  it("leaves the web build's links as they were", () => {
    expect(withBase('/guide/', '/tools/')).toBe('/guide/tools/');
    expect(withBase('https://example.org/', '/tools/')).toBe('https://example.org/tools/');
  });
  it('withIndexFile only touches folders', () => {
    expect(withIndexFile('')).toBe('index.html');
    expect(withIndexFile('a/b.json')).toBe('a/b.json');
    expect(withIndexFile('a/?q#h')).toBe('a/index.html?q#h');
  });
  it('relativeRoot climbs one folder per level of the page', () => {
    expect(relativeRoot('/')).toBe('./');
    expect(relativeRoot('/404.html')).toBe('./');
    expect(relativeRoot('/glossary/')).toBe('../');
    expect(relativeRoot('/tools/tlp/a/b/')).toBe('../../../../');
    expect(relativeRoot('tools/tlp/index.html')).toBe('../../');
  });
});
