/** The pack's Markdown, rendered with satteri (CommonMark + GFM) and read as a reader would. */
import fc from 'fast-check';
import { markdownToHtml, markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION, SITE_RECOMMENDATION } from '../../../src/lib/citation';
import { packToMarkdown } from '../../../src/lib/pack/markdown';
import type { PackView } from '../../../src/lib/pack/view';
import { meetingPackView } from './fixtures';

interface Node {
  type: string;
  depth?: number;
  value?: string;
  url?: string;
  children?: Node[];
}

const tree = (md: string) => markdownToMdast(md) as unknown as Node;
const text = (n: Node): string => (n.type === 'break' ? '\n' : (n.value ?? '') + (n.children ?? []).map(text).join(''));
const all = (n: Node, out: Node[] = []): Node[] => {
  out.push(n);
  for (const c of n.children ?? []) all(c, out);
  return out;
};
const headings = (root: Node) =>
  all(root)
    .filter((n) => n.type === 'heading')
    .map((h) => `${'#'.repeat(h.depth!)} ${text(h)}`);

const view = meetingPackView();
const md = packToMarkdown(view);
const root = tree(md);

const EXPECTED_HEADINGS = [
  '# First meeting: an information-sharing PPP for the energy sector',
  '## Purpose of the meeting',
  '## Invitees',
  '## Agenda',
  '## Results of the tools',
  '### Which PPP type fits us',
  '### Level of formality',
  '### Leadership and financing',
  '## Open points',
  '## Where the results pull in different directions',
  '### Formal structures beside an informal start',
  '## Notes',
  '## Sources',
];

describe('packToMarkdown', () => {
  it('has the pack’s sections as real headings, in order', () => {
    expect(headings(root)).toEqual(EXPECTED_HEADINGS);
  });

  it('is marked TLP:AMBER at the top and in its last line', () => {
    const first = root.children![0]!;
    expect(first.children![0]).toEqual(expect.objectContaining({ type: 'strong' }));
    expect(text(first)).toMatch(/^TLP:AMBER — limited distribution \(DCAF's Booklets, III\.5\)/);
    const last = root.children!.at(-1)!;
    expect(text(last)).toBe(
      `TLP:AMBER. ${ATTRIBUTION} Made with this site, the Cybersecurity Governance Guide (version 0.2.0), on 2026-12-01.`,
    );
    expect(md.trimEnd().split('\n').at(-1)).toMatch(/^TLP:AMBER\. /);
  });

  it('shows the answers each result rests on', () => {
    const items = all(root)
      .filter((n) => n.type === 'listItem')
      .map(text);
    expect(items).toContain('What is the main objective? — Share information on threats and incidents');
    expect(items).toContain('How mature is the community? — Emerging (answered in “How mature is our community?”)');
  });

  it('names the recommendation as this site’s, and cites DCAF’s text in full, never by slug', () => {
    expect(md).toContain(`**${SITE_RECOMMENDATION}:** Bring together`);
    const quotes = all(root)
      .filter((n) => n.type === 'blockquote')
      .map(text);
    expect(quotes[0]).toContain(
      '— Franziska Klopfer and Irina Rizmal, Cybersecurity in the Western Balkans: A Guide to Public–Private Partnerships (Geneva: DCAF, 2021), “Chapter 3 Examples of cybersecurity PPPs”, section 3.1 “Cooperating to protect critical infrastructure”, paragraph 2, https://guide.example.org/ppp-guide/chapter-3/#3-1-critical-infrastructure-p2.',
    );
    expect(quotes.some((q) => q.includes('(this site, page /ppp-guide/chapter-2/#2-2-level-of-formality-p1)'))).toBe(
      true,
    );
    expect(
      all(root)
        .filter((n) => n.type === 'link')
        .map((n) => n.url),
    ).toEqual(['https://guide.example.org/ppp-guide/chapter-3/#3-1-critical-infrastructure-p2']);
    expect(md).not.toMatch(/ppp-guide\/chapter-\d#/);
    expect(md).not.toMatch(/Guide's own/);
  });

  it('quotes both passages of a conflict', () => {
    const quotes = all(root)
      .filter((n) => n.type === 'blockquote')
      .map(text);
    expect(
      quotes.filter((q) => q.includes('Membership is limited') || q.includes('label it with one of four colours')),
    ).toHaveLength(2);
  });

  it('lists the sources in full, saying who gave each citation', () => {
    const sources = root.children!.at(-3)!;
    expect(sources.type).toBe('list');
    expect(sources.children!.map(text)).toEqual([
      "Tadas Jakštas, Booklets on National Cybersecurity Institutions (Geneva: DCAF, 2022) (suggested citation in this site's wording; the booklets give none).",
      'Franziska Klopfer and Irina Rizmal, Cybersecurity in the Western Balkans: A Guide to Public–Private Partnerships (Geneva: DCAF, 2021) (citation as given by DCAF).',
    ]);
  });

  it('says what is not filled in, and leaves out what there is none of', () => {
    const bare = packToMarkdown(
      meetingPackView({
        tlp: undefined,
        openPoints: [],
        conflicts: [],
        sections: { purpose: '', invitees: '', agenda: '', notes: '' },
      }),
    );
    expect(bare).not.toMatch(/TLP:/);
    expect(bare.match(/_Not filled in\._|\*Not filled in\.\*/g)).toHaveLength(4);
    expect(headings(tree(bare))).toEqual(
      EXPECTED_HEADINGS.filter((h) => !/Open points|pull in|Formal structures/.test(h)),
    );
  });

  it('whatever the convener types, the structure and the footer stay, and no HTML or unsafe link gets in (property)', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc
        .array(
          fc.constantFrom(
            '# Forged',
            '\n---\n',
            '\n===\n',
            '```',
            '<img src=x onerror=alert(1)>',
            '[x](javascript:alert(1))',
            'www.x.org<b>',
            '\n\n',
            '- ',
            '| a |',
          ),
          { maxLength: 12 },
        )
        .map((a) => a.join('')),
    );
    fc.assert(
      fc.property(hostile, hostile, hostile, (a, b, c) => {
        const v: PackView = meetingPackView({
          sections: { purpose: a, invitees: b, agenda: c, notes: a + b },
          results: view.results.map((r) => ({ ...r, note: c })),
        });
        const out = packToMarkdown(v);
        const r = tree(out);
        expect(headings(r)).toEqual(EXPECTED_HEADINGS);
        expect(text(r.children!.at(-1)!)).toMatch(/^TLP:AMBER\. Quoted passages are DCAF's text/);
        expect(all(r).some((n) => n.type === 'html')).toBe(false);
        for (const n of all(r)) if (n.url !== undefined) expect(n.url).toMatch(/^(https?:|mailto:)/);
        expect(markdownToHtml(out).html).not.toMatch(/<(img|script|div|table)\b/i);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
    );
  }, 60_000);
});
