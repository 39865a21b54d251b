/**
 * Short names for the passages the tools quote: "Guide 3.1, para. 2",
 * "Guide, Table 1", "Booklet 3, III.5, para. 1". Made from the page and the
 * anchor, so the data cannot name one place and link another.
 */
import type { Statement } from './types.ts';

const PUBLICATIONS: Record<string, string> = {
  'ppp-guide': 'Guide',
  'booklets/national-cybersecurity-agencies': 'Booklet 1',
  'booklets/sectoral-certs': 'Booklet 2',
  'booklets/private-sector-cooperation': 'Booklet 3',
  'booklets/introduction': 'Booklets, introduction',
};

function publication(doc: string): string {
  if (PUBLICATIONS[doc]) return PUBLICATIONS[doc];
  const top = doc.split('/')[0]!;
  return PUBLICATIONS[top] ?? doc;
}

/** "3-1-critical-infrastructure-p2" -> "3.1, para. 2"; "iii-5-discretion-p1" -> "III.5, para. 1"; "table-1" -> "Table 1". */
function place(anchor: string): string {
  const element = /^(table|box|figure)-(\d+)$/.exec(anchor);
  if (element) return `${element[1]![0]!.toUpperCase()}${element[1]!.slice(1)} ${element[2]}`;
  const para = /-p(\d+)$/.exec(anchor);
  const section = /^(\d+)-(\d+)-/.exec(anchor) ?? /^([ivx]+)-(\d+)-/.exec(anchor);
  const roman = /^([ivx]+)-[a-z]/.exec(anchor);
  const where = section
    ? `${section[1]!.toUpperCase()}.${section[2]}`
    : roman
      ? roman[1]!.toUpperCase()
      : /^intro(duction)?-/.test(anchor)
        ? 'introduction'
        : '';
  const parts = [where, para ? `para. ${para[1]}` : ''].filter(Boolean);
  return parts.join(', ');
}

export function citeLabel(s: Pick<Statement, 'doc' | 'anchor' | 'label'>): string {
  const pub = publication(s.doc);
  const where = s.label ?? place(s.anchor);
  if (!where) return pub;
  // "Guide 3.1, para. 2" reads better than "Guide, 3.1, para. 2"; named elements keep the comma.
  return /^\d/.test(where) ? `${pub} ${where}` : `${pub}, ${where}`;
}
