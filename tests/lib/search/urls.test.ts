import { describe, expect, it } from 'vitest';
import { highlightTerms, resultHref, resultKey } from '../../../src/lib/search/urls';

describe('resultHref', () => {
  it('joins the site root and the result path', () => {
    expect(resultHref('booklets/sectoral-certs/#example-certfin', { root: '/' })).toBe(
      '/booklets/sectoral-certs/#example-certfin',
    );
    expect(resultHref('/booklets/sectoral-certs/', { root: '/guide/' })).toBe('/guide/booklets/sectoral-certs/');
    expect(resultHref('glossary/', { root: '/guide' })).toBe('/guide/glossary/');
  });

  it('adds the words to highlight before the fragment', () => {
    expect(
      resultHref('ppp-guide/chapter-2/#2-2-hierarchical-structure', { root: '/', highlight: ['secretariat'] }),
    ).toBe('/ppp-guide/chapter-2/?highlight=secretariat#2-2-hierarchical-structure');
    expect(resultHref('a/?highlight=tlp#x', { root: '/', highlight: ['tlp', 'amber'] })).toBe(
      '/a/?highlight=tlp&highlight=amber#x',
    );
  });

  it('links to index.html from disk', () => {
    expect(resultHref('booklets/sectoral-certs/#iii-5', { root: '../../', file: true })).toBe(
      '../../booklets/sectoral-certs/index.html#iii-5',
    );
    expect(resultHref('/x/?highlight=a', { root: './', file: true })).toBe('./x/index.html?highlight=a');
  });
});

describe('resultKey', () => {
  it('is the same however a result is linked', () => {
    expect(resultKey('/booklets/x/?highlight=tlp#iii-5')).toBe(resultKey('booklets/x/#iii-5'));
    expect(resultKey('booklets/x/index.html')).toBe(resultKey('booklets/x/'));
    expect(resultKey('booklets/x/#a')).not.toBe(resultKey('booklets/x/#b'));
  });
});

describe('highlightTerms', () => {
  it('reads every highlight parameter, split into words', () => {
    expect(highlightTerms('?highlight=traffic&highlight=light%20protocol&x=1')).toEqual([
      'traffic',
      'light',
      'protocol',
    ]);
    expect(highlightTerms('?other=1')).toEqual([]);
    expect(highlightTerms('?highlight=a&highlight=ok')).toEqual(['ok']);
  });
});
