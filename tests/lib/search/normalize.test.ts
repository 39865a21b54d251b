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

  it('writes Serbian and Macedonian Cyrillic in folded Latin letters', () => {
    expect(fold('Јавно-приватно партнерство')).toBe('javno-privatno partnerstvo');
    expect(fold('секторски ЦЕРТ')).toBe('sektorski cert');
    // Serbian: ж ч ћ ш џ ђ љ њ as ž č ć š dž đ lj nj, then folded.
    expect(fold('размена информација, безбедност, Ђурђевић, љуљашка, њива, џеп')).toBe(
      'razmena informacija, bezbednost, durdevic, ljuljaska, njiva, dzep',
    );
    // Macedonian: ѓ ќ ѕ as gj/ǵ, kj/ḱ, dz: folded to g, k, dz.
    expect(fold('споделување информации, доверба, ѓ ќ ѕвезда')).toBe('spodeluvanje informacii, doverba, g k dzvezda');
    // Typed in Latin with or without diacritics, the same words.
    expect(fold('razmena informacija')).toBe(fold('размена информација'));
    expect(fold('Sektorski CERT')).toBe(fold('Секторски CERT'));
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

  it('maps a Cyrillic letter written as two Latin ones back to it', () => {
    const text = 'Љубљана';
    const { folded, map } = foldWithMap(text);
    expect(folded).toBe('ljubljana');
    expect(map).toHaveLength(folded.length + 1);
    expect(text.slice(map[0], map[2])).toBe('Љ');
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

describe('plain ASCII, folded and split by the quick paths', () => {
  // Every printable ASCII character, in words, numbers, addresses and punctuation, in both cases.
  const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
  const samples = [
    printable,
    'The CSIRT-to-CSIRT network (2.2) at www.example.org, e-mail info@dcaf.ch; 3.1.4-rc.2 --x-- a.b.',
    'ISO/IEC 27001:2013 — no, plain: ISO/IEC 27001:2013 - CERT.RS',
  ];
  // What the general paths give (fold of text with one non-ASCII letter, less that letter; the Unicode pattern).
  const general = (s: string) => fold(`${s}é`).slice(0, -1);
  const unicodeWords = (s: string) => s.match(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu) ?? [];

  it.each(samples)('%s', (s) => {
    expect(fold(s)).toBe(general(s));
    expect(words(s)).toEqual(unicodeWords(s));
    expect(words(fold(s))).toEqual(unicodeWords(general(s)));
  });
});
