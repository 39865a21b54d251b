/**
 * The query table (queries.json) against quick-find over the real content:
 * everyday words, questions, the region's languages and typos each lead to the
 * page and section they name, first or among the first three. The same table
 * runs in the browser on the built site (tests/browser/search-ranking.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { createQuickFind } from '../../../src/lib/search/quickfind-search';
import { contentIndex } from './content-index';
import { QUERIES } from './query-table';

const qf = createQuickFind(contentIndex());

describe('the query table', () => {
  it('has at least 25 queries, in English and each language of the region, with typos', () => {
    const q = QUERIES;
    expect(q.length).toBeGreaterThanOrEqual(25);
    expect(new Set(q.map((x) => x.lang))).toEqual(new Set(['en', 'sq', 'mk', 'sr', 'bs', 'hr', 'cnr']));
    expect(q.filter((x) => x.why === 'typo').length).toBeGreaterThanOrEqual(3);
  });
});

describe('quick-find over the real content', () => {
  it.each(QUERIES.map((x) => [`"${x.q}" (${x.lang}, ${x.why})`, x] as const))(
    '%s leads to its section',
    (_, { q, expect: target, within }) => {
      const urls = qf.search(q, { limit: 6 }).map((h) => h.url);
      expect(urls.slice(0, within), `"${q}" gave:\n  ${urls.join('\n  ')}`).toContain(target);
    },
  );

  it('notes the English documents for each regional query, and never for an English one', () => {
    const wrong = QUERIES.filter((x) => {
      const e = qf.expand(x.q);
      const foreign = e !== undefined && !e.languages.includes('en');
      return foreign !== (x.lang !== 'en');
    });
    expect(wrong.map((x) => `${x.q} (${x.lang}): ${JSON.stringify(qf.expand(x.q))}`)).toEqual([]);
  });
});
