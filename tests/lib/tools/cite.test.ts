import { describe, expect, it } from 'vitest';
import { citeLabel } from '../../../src/lib/tools/cite';

describe('citeLabel', () => {
  it.each([
    ['ppp-guide/chapter-3', '3-1-critical-infrastructure-p2', undefined, 'Guide 3.1, para. 2'],
    ['ppp-guide/chapter-1', 'table-1', undefined, 'Guide, Table 1'],
    ['ppp-guide/chapter-3', 'intro-p2', undefined, 'Guide, introduction, para. 2'],
    ['ppp-guide/chapter-3', '3-5-policy-discussions-p9', 'Box 4', 'Guide, Box 4'],
    ['ppp-guide/chapter-2', '2-1-stakeholder-map', undefined, 'Guide 2.1'],
    [
      'booklets/private-sector-cooperation',
      'iii-5-discretion-of-shared-information-p1',
      undefined,
      'Booklet 3, III.5, para. 1',
    ],
    ['booklets/private-sector-cooperation', 'iv-examples-p2', undefined, 'Booklet 3, IV, para. 2'],
    ['booklets/private-sector-cooperation', 'introduction-p2', undefined, 'Booklet 3, introduction, para. 2'],
    ['booklets/sectoral-certs', 'figure-2', undefined, 'Booklet 2, Figure 2'],
  ])('%s#%s -> %s', (doc, anchor, label, expected) => {
    expect(citeLabel({ doc, anchor, label })).toBe(expected);
  });
});
