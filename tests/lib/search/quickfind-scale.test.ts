/**
 * Quick-find over a library 100 times the size of the site's (every
 * publication copied 99 times, as the benchmark multiplies it): each query of
 * the query table still leads to its section (the original's or a copy's),
 * and a query stays within a few milliseconds, as Fuse.js scores only the
 * records that can match.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../src/lib/search/quickfind';
import { createQuickFind, type QuickFind } from '../../../src/lib/search/quickfind-search';
import { contentDocuments, contentIndex } from './content-index';
import { QUERIES } from './query-table';

const FACTOR = 100;
/** A copy's URL back to the original's: "ppp-guide-x7/chapter-2/#a" → "ppp-guide/chapter-2/#a". */
const original = (url: string) => url.replace(/^([a-z-]+?)-x\d+\//, '$1/');

let qf: QuickFind;
let records = 0;

beforeAll(() => {
  const docs = contentDocuments();
  const library: SourceDocument[] = [...docs];
  for (let k = 2; k <= FACTOR; k++)
    for (const d of docs)
      library.push({ ...d, url: d.url.replace(/^([^/]+)\//, `$1-x${k}/`), publication: `${d.publication}-x${k}` });
  const index = contentIndex(library);
  records = index.recs.length;
  qf = createQuickFind(index);
}, 60_000);

describe(`quick-find at ${FACTOR} times the documents`, () => {
  it('has the records of every copy', () => {
    expect(records).toBeGreaterThan(FACTOR * 80);
  });

  it.each(QUERIES.map((x) => [`"${x.q}"`, x] as const))(
    '%s still leads to its section',
    (_, { q, expect: target, within }) => {
      const urls = qf.search(q, { limit: 6 }).map((h) => original(h.url));
      expect(urls.slice(0, within), `"${q}" gave:\n  ${urls.join('\n  ')}`).toContain(target);
    },
  );

  it('keeps to one publication when asked, among thousands of matches', () => {
    const hits = qf.search('CERT', { publication: 'booklets-x42' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.publication === 'booklets-x42')).toBe(true);
  });

  it('answers a query in a few milliseconds, not in the time a scan of every record takes', () => {
    const queries = QUERIES.map((x) => x.q);
    for (const q of queries) qf.search(q);
    const times = queries.map((q) => {
      const start = performance.now();
      qf.search(q);
      return performance.now() - start;
    });
    const median = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    // A scan of every record took 30–90 ms here; the budget (the bench) is 5 ms. Room for a busy machine.
    expect(median).toBeLessThan(20);
  });
});
