import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/lib/glossary';

const FILE = 'content/glossary.json';

describe('parseGlossary', () => {
  it('reads a valid list', () => {
    const text = JSON.stringify([{ abbr: 'TLP', expansion: 'Traffic Light Protocol', source: 'text' }]);
    expect(parseGlossary(text, FILE)).toEqual([{ abbr: 'TLP', expansion: 'Traffic Light Protocol', source: 'text' }]);
  });

  it('names the file when the JSON is broken', () => {
    expect(() => parseGlossary('[{ "abbr": "TLP", }', FILE)).toThrow(/^content\/glossary\.json: not valid JSON/);
  });

  it('refuses an object where the list belongs, naming the file', () => {
    expect(() => parseGlossary('{ "abbr": "TLP" }', FILE)).toThrow(
      /content\/glossary\.json: the glossary must be a list/,
    );
  });

  it('refuses a term listed twice, naming both entries', () => {
    const text = JSON.stringify([
      { abbr: 'TLP', expansion: 'Traffic Light Protocol', source: 'text' },
      { abbr: 'CI', expansion: 'critical infrastructure', source: 'text' },
      { abbr: 'tlp', expansion: 'Traffic Light Protocol', source: 'site' },
    ]);
    expect(() => parseGlossary(text, FILE)).toThrow(/entry 3 \("tlp"\): "tlp" is listed twice \(first as entry 1\)/);
  });

  it('names the entry and field of a shape fault', () => {
    const text = JSON.stringify([{ abbr: 'TLP', expansion: 'Traffic Light Protocol', source: 'wiki' }]);
    expect(() => parseGlossary(text, FILE)).toThrow(/entry 1 \("TLP"\): source:/);
  });
});
