/** The query table (queries.json), shared by the quick-find test and the browser ranking test. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RankingQuery {
  q: string;
  /** ISO 639 code of the language it is typed in: en, sq, mk, sr, bs, hr, cnr. */
  lang: string;
  /** What kind of query it is: "typo", "question", "regional term", … */
  why: string;
  /** Path inside the site with its anchor: "ppp-guide/chapter-2/#2-2-financial-plan". */
  expect: string;
  /** It must be first (1) or among the first three (3). */
  within: 1 | 3;
}

export const QUERIES = (
  JSON.parse(readFileSync(join(import.meta.dirname, 'queries.json'), 'utf8')) as { queries: RankingQuery[] }
).queries;
