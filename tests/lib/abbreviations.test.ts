import { describe, expect, it } from 'vitest';
import { type Abbreviation, buildMatcher, markFirstUses, usesUnseen } from '../../src/lib/abbreviations';

const list: Abbreviation[] = [
  { abbr: 'CI', expansion: 'critical infrastructure' },
  { abbr: 'CII', expansion: 'critical information infrastructure' },
  { abbr: 'CIIP', expansion: 'critical information infrastructure protection' },
  { abbr: 'CERT', expansion: 'computer emergency response team' },
  { abbr: 'ISAC', expansion: 'information sharing and analysis centre' },
  { abbr: 'FS-ISAC', expansion: 'Financial Services Information Sharing and Analysis Center' },
];

describe('markFirstUses', () => {
  it('expands only the first use on a page', () => {
    const seen = new Set<string>();
    expect(markFirstUses('CI and CI again', list, seen)).toEqual([
      { abbr: 'CI', title: 'critical infrastructure' },
      ' and CI again',
    ]);
    expect(markFirstUses('more CI', list, seen)).toEqual(['more CI']);
  });

  it('prefers the longest abbreviation and respects word edges', () => {
    const seen = new Set<string>();
    const out = markFirstUses('CIIP, CII and FS-ISAC; CITY is not CI', list, seen);
    expect(out.filter((s) => typeof s !== 'string').map((s) => (s as { abbr: string }).abbr)).toEqual([
      'CIIP',
      'CII',
      'FS-ISAC',
      'CI',
    ]);
    expect(seen.has('ISAC')).toBe(false);
  });

  it('accepts a plural s but not a hyphenated name', () => {
    expect(markFirstUses('sectoral CERTs', list, new Set())).toEqual([
      'sectoral ',
      { abbr: 'CERT', title: 'computer emergency response team' },
      's',
    ]);
    expect(markFirstUses('CERT-UK', list, new Set())).toEqual(['CERT-UK']);
  });

  it('returns the text untouched when nothing matches', () => {
    expect(markFirstUses('nothing here', list, new Set())).toEqual(['nothing here']);
    expect(markFirstUses('CI', [], new Set())).toEqual(['CI']);
  });
});

describe('usesUnseen', () => {
  const matcher = buildMatcher(list);
  it('says whether the text would get a new expansion, as markFirstUses would give it', () => {
    expect(usesUnseen('nothing here', new Set(), matcher)).toBe(false);
    expect(usesUnseen('the CERTs', new Set(), matcher)).toBe(true);
    expect(usesUnseen('the CERTs', new Set(['CERT']), matcher)).toBe(false);
    expect(usesUnseen('CERT and then CI', new Set(['CERT']), matcher)).toBe(true);
    // Inside a longer name it is no use: CERT-UK is not CERT.
    expect(usesUnseen('CERT-UK', new Set(), matcher)).toBe(false);
  });
  it('leaves the set alone, for the text may yet be skipped', () => {
    const seen = new Set<string>();
    usesUnseen('CI', seen, matcher);
    expect(seen.size).toBe(0);
  });
  it('finds nothing with an empty list', () => {
    expect(usesUnseen('CI', new Set(), buildMatcher([]))).toBe(false);
  });
});
