/**
 * The .docx opened without Word: unzipped with fflate, its parts checked for
 * well-formed XML, and its paragraphs read back with their styles. (LibreOffice
 * is not installed on the build machine, so no office suite opens it here.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION } from '../../../src/lib/citation';
import { buildDocx, xmlSafe } from '../../../src/lib/pack/docx';
import type { PackView } from '../../../src/lib/pack/view';
import { openDocx, xmlFault } from './docx-text';
import { meetingPackView } from './fixtures';

const view = meetingPackView();
const docx = openDocx(await buildDocx(view));
const texts = docx.body.map((p) => p.text);

describe('buildDocx', () => {
  it('is a Word package whose XML parts are all well formed', () => {
    for (const part of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml'])
      expect(docx.names).toContain(part);
    for (const name of docx.names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels')))
      expect(xmlFault(docx.part(name)), name).toBeUndefined();
  });

  it('has the pack’s sections as real Word headings, in order', () => {
    const headings = docx.body.filter((p) => p.style?.startsWith('Heading')).map((p) => `${p.style}: ${p.text}`);
    expect(headings).toEqual([
      'Heading1: First meeting: an information-sharing PPP for the energy sector',
      'Heading2: Purpose of the meeting',
      'Heading2: Invitees',
      'Heading2: Agenda',
      'Heading2: Results of the tools',
      'Heading3: Which PPP type fits us',
      'Heading3: Level of formality',
      'Heading3: Leadership and financing',
      'Heading2: Open points',
      'Heading2: Where the results pull in different directions',
      'Heading3: Formal structures beside an informal start',
      'Heading2: Notes',
      'Heading2: Sources',
    ]);
  });

  it('lists the answers each result rests on as bullets', () => {
    const bullets = docx.body.filter((p) => p.bullet).map((p) => p.text);
    expect(bullets).toContain('What is the main objective? — Share information on threats and incidents');
    expect(bullets).toContain('Where does your partnership stand today? — An informal group already meets');
  });

  it('sets DCAF’s passages apart and cites each in full, with a working link', () => {
    const passages = docx.body.filter((p) => p.style === 'Passage').map((p) => p.text);
    expect(passages).toHaveLength(4);
    expect(passages[0]).toBe(view.results[0]!.passages[0]!.quote);
    const citations = docx.body.filter((p) => p.style === 'PassageCitation').map((p) => p.text);
    expect(citations[0]).toBe(
      '— Franziska Klopfer and Irina Rizmal, Cybersecurity in the Western Balkans: A Guide to Public–Private Partnerships (Geneva: DCAF, 2021), “Chapter 3 Examples of cybersecurity PPPs”, section 3.1 “Cooperating to protect critical infrastructure”, paragraph 2, https://guide.example.org/ppp-guide/chapter-3/#3-1-critical-infrastructure-p2.',
    );
    expect(citations[1]).toContain('paragraph 1 (this site, page /ppp-guide/chapter-2/#2-2-level-of-formality-p1).');
    // Word keeps a link's fragment in w:anchor beside the relationship's address.
    expect(docx.part('word/_rels/document.xml.rels')).toContain(
      'Target="https://guide.example.org/ppp-guide/chapter-3/"',
    );
    expect(docx.part('word/document.xml')).toContain('w:anchor="3-1-critical-infrastructure-p2"');
    expect(docx.part('word/styles.xml')).toContain('DCAF&apos;s text (quoted passage)');
  });

  it('names the recommendation as this site’s, and ends with whose text is whose', () => {
    expect(texts).toContain(
      "This site's recommendation: Bring together every stakeholder that holds relevant information, with formal structures.",
    );
    expect(texts.at(-1)).toBe(
      `TLP:AMBER. ${ATTRIBUTION} Made with this site, the Cybersecurity Governance Guide (version 0.2.0), on 2026-12-01.`,
    );
  });

  it('prints the TLP marking at the top, and in the header and footer of every page, in TLP 2.0’s colours', () => {
    expect(texts[0]).toMatch(/^TLP:AMBER — limited distribution/);
    expect(docx.body[0]!.xml).toMatch(/<w:color w:val="FFC000"\/>/);
    expect(docx.body[0]!.xml).toMatch(/<w:shd [^>]*w:fill="000000"/);
    expect(docx.headers).toHaveLength(1);
    expect(docx.footers).toHaveLength(1);
    expect(docx.headers[0]!.map((p) => p.text)).toEqual(['TLP:AMBER']);
    expect(docx.footers[0]!.map((p) => p.text)).toEqual(['TLP:AMBER    Page {PAGE} of {NUMPAGES}']);
    // One section, its default header and footer: every page carries them.
    expect(docx.part('word/document.xml')).toMatch(/<w:headerReference w:type="default"/);
    expect(docx.part('word/document.xml')).toMatch(/<w:footerReference w:type="default"/);
    expect(docx.part('docProps/custom.xml')).toMatch(/name="TLP"[\s\S]*AMBER/);
    expect(docx.part('docProps/core.xml')).toContain('<cp:keywords>TLP:AMBER</cp:keywords>');
  });

  it('without a marking, says nothing about TLP', async () => {
    const plain = openDocx(await buildDocx(meetingPackView({ tlp: undefined })));
    expect(plain.headers[0]!.map((p) => p.text)).toEqual([view.title]);
    expect(plain.footers[0]!.map((p) => p.text)).toEqual(['Page {PAGE} of {NUMPAGES}']);
    expect(plain.body.map((p) => p.text).join('\n')).not.toMatch(/TLP:/);
  });

  it('keeps the convener’s line breaks and paragraphs', () => {
    expect(docx.body.filter((p) => p.style === 'ConvenerText').map((p) => p.text)).toEqual([
      view.sections.purpose,
      view.sections.invitees,
      view.sections.agenda,
      view.results[0]!.note,
    ]);
  });

  it('whatever the convener types, the file stays well formed and holds their text (property)', async () => {
    const typed = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc
        .array(
          fc.constantFrom('<w:p>', ']]>', '&amp;', '&', '<', '\0', '\u0008', '\uFFFF', '\uD800', '\r\n', '\n\n', 'x'),
          {
            maxLength: 10,
          },
        )
        .map((a) => a.join('')),
    );
    await fc.assert(
      fc.asyncProperty(typed, typed, async (a, b) => {
        const v: PackView = meetingPackView({ title: a || 'x', sections: { ...view.sections, purpose: a, notes: b } });
        const d = openDocx(await buildDocx(v));
        for (const part of ['word/document.xml', 'word/header1.xml', 'docProps/core.xml'])
          expect(xmlFault(d.part(part)), part).toBeUndefined();
        const expected = (s: string) =>
          xmlSafe(s.replace(/\r\n?/g, '\n'))
            .split(/\n(?:[ \t]*\n)+/)
            .filter((p) => p.trim() !== '')
            .map((p) =>
              p
                .split('\n')
                .map((l) => l.trimEnd())
                .join('\n'),
            );
        const convener = d.body.filter((p) => p.style === 'ConvenerText').map((p) => p.text);
        expect(convener).toEqual([
          ...expected(a),
          view.sections.invitees,
          view.sections.agenda,
          view.results[0]!.note,
          ...expected(b),
        ]);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 20) },
    );
  }, 60_000);
});
