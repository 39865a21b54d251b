/**
 * Every sentence of both source texts (six words or more) must reach the built
 * site unaltered; the failure names each sentence that did not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFidelity } from '../../src/lib/fidelity';
import { mainText } from '../../src/lib/page-text';
import { htmlFiles, readDist, requireDist } from '../support/dist';

const SOURCES = join(import.meta.dirname, '..', 'fixtures', 'sources');

const cases = [
  { publication: 'booklets', file: 'booklets.txt', minimum: 290 },
  { publication: 'ppp-guide', file: 'ppp-guide.txt', minimum: 330 },
];

describe('fidelity to the source texts', () => {
  beforeAll(requireDist);

  for (const { publication, file, minimum } of cases) {
    it(`every sentence of ${file} appears in /${publication}/`, () => {
      const pages = htmlFiles(publication);
      expect(pages.length, `no pages built under dist/${publication}/`).toBeGreaterThan(0);
      const siteText = pages.map((p) => mainText(readDist(p))).join('\n');
      const report = checkFidelity(readFileSync(join(SOURCES, file), 'utf8'), siteText);
      expect(report.checked, 'too few sentences read: is the source file complete?').toBeGreaterThan(minimum);
      expect(
        report.missing,
        `${report.missing.length} of ${report.checked} sentences missing:\n${report.missing.join('\n')}`,
      ).toEqual([]);
    });
  }
});
