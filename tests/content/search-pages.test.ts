/**
 * Pagefind is given only the pages that hold <main data-pagefind-body> to
 * read (src/lib/search/pagefind-glob.ts): the glob must select every one of
 * them, or a page would silently drop out of full-text search, and nothing
 * else, or the saving is lost.
 */
import { matchesGlob } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltManifest } from '../../src/integrations/built-manifest';
import { pagefindGlob } from '../../src/lib/search/pagefind-glob';
import { DIST, htmlFiles, readDist, requireDist } from '../support/dist';

beforeAll(requireDist);

describe('pages given to Pagefind', () => {
  it('are exactly the built pages that hold data-pagefind-body', () => {
    const glob = pagefindGlob(readBuiltManifest(DIST).documents.map((d) => d.url));
    const searchable = htmlFiles().filter((p) => readDist(p).includes('data-pagefind-body'));
    expect(searchable.length).toBeGreaterThan(10);
    expect(htmlFiles().filter((p) => matchesGlob(p, glob))).toEqual(searchable);
  });
});
