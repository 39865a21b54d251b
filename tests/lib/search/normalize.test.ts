import { describe, expect, it } from 'vitest';
import { fold, foldQuery, foldWithMap, words } from '../../../src/lib/search/normalize';

describe('fold', () => {
  it('lower-cases and strips diacritics', () => {
    expect(fold('Jakštas')).toBe('jakstas');
    expect(fold('Crnogorčević Šećerović')).toBe('crnogorcevic secerovic');
    expect(fold('Zürich, Genève')).toBe('zurich, geneve');
  });

  it('maps letters that do not decompose (đ, ł, ø, ß)', () => {
    expect(fold('Đorđević')).toBe('dordevic');
    expect(fold('Łódź')).toBe('lodz');
    expect(fold('København')).toBe('kobenhavn');
    expect(fold('Straße')).toBe('strasse');
  });

  it('folds typographic quotes and dashes', () => {
    expect(fold('one’s public–private')).toBe("one's public-private");
  });

  it('foldQuery collapses whitespace', () => {
    expect(foldQuery('  UP   KRITIS \n')).toBe('up kritis');
  });
});

describe('foldWithMap', () => {
  it('maps every folded character back to the original', () => {
    const text = 'Dr. Jakštas, Straße';
    const { folded, map } = foldWithMap(text);
    expect(folded).toBe('dr. jakstas, strasse');
    expect(map).toHaveLength(folded.length + 1);
    const at = folded.indexOf('jakstas');
    expect(text.slice(map[at], map[at + 'jakstas'.length])).toBe('Jakštas');
    const s = folded.indexOf('strasse');
    expect(text.slice(map[s], map[s + 'strasse'.length])).toBe('Straße');
  });

  it('keeps a combining mark with its letter', () => {
    const text = 'Jaks\u030Ctas'; // š written as s + combining caron
    const { folded, map } = foldWithMap(text);
    expect(folded).toBe('jakstas');
    expect(text.slice(map[0], map[folded.length])).toBe(text);
  });
});

describe('words', () => {
  it('keeps inner hyphens and dots', () => {
    expect(words('the z-cert, iii.5 and 2.2; fs-isac.')).toEqual(['the', 'z-cert', 'iii.5', 'and', '2.2', 'fs-isac']);
  });
});
