import { describe, expect, it } from 'vitest';
import { cellFor, selectionFromUrl, selectionSearch, shownTypes, toggleType } from '../../../src/lib/tools/compare';
import { compareData } from './data';

const data = compareData();

describe('selectionFromUrl', () => {
  it('reads ?types= in the order of the chapter, ignoring unknown and repeated ids', () => {
    expect(
      selectionFromUrl(data, '?types=policy-discussions,nope,critical-infrastructure,policy-discussions', ''),
    ).toEqual(['critical-infrastructure', 'policy-discussions']);
  });

  it('keeps at most three', () => {
    const four = data.types.slice(0, 4).map((t) => t.id);
    expect(selectionFromUrl(data, `?types=${four.join(',')}`, '')).toEqual(four.slice(0, 3));
  });

  it('starts from the type a #type-<id> link names (the PPP-type result links so)', () => {
    expect(selectionFromUrl(data, '', '#type-cybersecurity-culture')).toEqual(['cybersecurity-culture']);
    expect(selectionFromUrl(data, '', '#main')).toEqual([]);
  });
});

describe('toggleType', () => {
  it('adds in chapter order, removes, and refuses a fourth', () => {
    let ids = toggleType(data, [], 'policy-discussions');
    ids = toggleType(data, ids, 'critical-infrastructure');
    expect(ids).toEqual(['critical-infrastructure', 'policy-discussions']);
    ids = toggleType(data, ids, 'resources-and-expertise');
    expect(toggleType(data, ids, 'cybersecurity-culture')).toEqual(ids);
    expect(toggleType(data, ids, 'critical-infrastructure')).toEqual(['resources-and-expertise', 'policy-discussions']);
  });
});

describe('shownTypes', () => {
  it('shows the pick side by side when it is two or three types', () => {
    expect(shownTypes(data, ['critical-infrastructure', 'policy-discussions']).map((t) => t.number)).toEqual([
      '3.1',
      '3.5',
    ]);
  });

  it('shows all five otherwise, a single picked type first', () => {
    expect(shownTypes(data, []).map((t) => t.number)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5']);
    expect(shownTypes(data, ['resources-and-expertise']).map((t) => t.number)).toEqual([
      '3.4',
      '3.1',
      '3.2',
      '3.3',
      '3.5',
    ]);
  });
});

describe('selectionSearch', () => {
  it('writes the pick into the query, keeps other parameters, and removes it when empty', () => {
    expect(selectionSearch('?a=1', ['critical-infrastructure', 'policy-discussions'])).toBe(
      '?a=1&types=critical-infrastructure,policy-discussions',
    );
    expect(selectionSearch('?types=x', [])).toBe('');
  });
});

describe('cellFor', () => {
  it('finds every cell, and says so for the text’s silences', () => {
    const silent = cellFor(data, 'critical-infrastructure', 'turnover');
    expect(silent.says).toEqual([]);
    expect(silent.note).toMatch(/says nothing/);
    expect(() => cellFor(data, 'x', 'objective')).toThrow('no cell for x × objective');
  });
});
