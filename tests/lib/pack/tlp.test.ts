import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/lib/fidelity';
import { parseTlp, TLP_COLOURS, TLP_LABELS, TLP_MEANINGS, tlpMarking } from '../../../src/lib/pack/tlp';

describe('TLP labels', () => {
  it('are the booklet’s four and TLP 2.0’s two', () => {
    expect([...TLP_LABELS].sort()).toEqual(['AMBER', 'AMBER+STRICT', 'CLEAR', 'GREEN', 'RED', 'WHITE']);
    expect(tlpMarking('AMBER+STRICT')).toBe('TLP:AMBER+STRICT');
  });

  it('are read however people write them, and nothing else is', () => {
    for (const [input, label] of [
      ['AMBER', 'AMBER'],
      ['amber', 'AMBER'],
      ['TLP:RED', 'RED'],
      [' tlp: green ', 'GREEN'],
      ['TLP:AMBER + STRICT', 'AMBER+STRICT'],
      ['clear', 'CLEAR'],
    ] as const)
      expect(parseTlp(input), input).toBe(label);
    for (const input of ['', 'PURPLE', 'AMBER STRICT', 'TLP', 42, null, undefined, 'A'.repeat(100)])
      expect(parseTlp(input), String(input)).toBeUndefined();
  });

  it('quote the booklet’s own words for its labels', () => {
    const booklet = normalise(readFileSync('tests/fixtures/sources/booklets.txt', 'utf8'));
    for (const label of ['RED', 'AMBER', 'GREEN', 'WHITE'] as const) {
      expect(TLP_MEANINGS[label].by).toBe('booklet');
      expect(booklet, label).toContain(normalise(`${label}: ${TLP_MEANINGS[label].meaning}`));
    }
    expect(TLP_MEANINGS.CLEAR.by).toBe('site');
    expect(TLP_MEANINGS['AMBER+STRICT'].by).toBe('site');
  });

  it('have a colour each, as hex', () => {
    for (const label of TLP_LABELS) expect(TLP_COLOURS[label]).toMatch(/^[0-9A-F]{6}$/);
  });
});
