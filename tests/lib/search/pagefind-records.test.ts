import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { EXTRA_WEIGHTS, pagefindExtraPages, RECORD_KINDS } from '../../../src/lib/search/pagefind-records';
import { buildQuickFindIndex } from '../../../src/lib/search/quickfind';
import { ALIASES, INPUT } from './fixture';

const index = buildQuickFindIndex({ ...INPUT, aliases: ALIASES });
const pages = pagefindExtraPages(index, { tools: INPUT.tools, aliases: ALIASES });

/** A page as Pagefind reads it: its meta, its filter, and its weighted paragraphs. */
function read(url: string) {
  const found = pages.find((p) => p.url === url);
  if (!found) throw new Error(`no page ${url}`);
  const root = parse(found.content);
  const main = root.querySelector('main[data-pagefind-body]')!;
  const meta = Object.fromEntries(
    main.querySelectorAll('[data-pagefind-meta]').map((m) => {
      const v = m.getAttribute('data-pagefind-meta')!;
      const at = v.indexOf(':');
      return [v.slice(0, at), v.slice(at + 1)];
    }),
  );
  const paragraphs = main
    .querySelectorAll('p')
    .map((p) => ({ weight: Number(p.getAttribute('data-pagefind-weight')), text: p.text }));
  return { meta, filter: main.getAttribute('data-pagefind-filter'), paragraphs, text: main.text };
}

describe('pagefindExtraPages', () => {
  it('gives each alias target one page, named as the target, with the site’s phrases for it as its only text', () => {
    const plan = read('/ppp-guide/chapter-2/#2-2-financial-plan');
    expect(plan.meta).toEqual({
      name: 'Establish a financial plan',
      kind: RECORD_KINDS.alias,
      terms: 'financial plan',
    });
    expect(plan.filter).toBe('publication:ppp-guide');
    // As written and folded: "budžet" and "budzet", Cyrillic and Latin.
    expect(plan.text.split('. ')).toEqual(
      expect.arrayContaining(['funding', 'budžet', 'budzet', 'финансирање', 'finansiranje']),
    );
    // The name is meta, not text, nor Pagefind's boosted title: the section's own words are not repeated.
    expect(plan.text).not.toContain('Establish');
    const urls = pages.map((p) => p.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("weights an entry's first target above its later ones", () => {
    const [first, second, third] = EXTRA_WEIGHTS.aliasTargets;
    expect(
      read('/booklets/private-sector-cooperation/#iii-5-discretion-of-shared-information').paragraphs[0]!.weight,
    ).toBe(first);
    expect(read('/tools/tlp/').paragraphs[0]!.weight).toBe(second);
    expect(read('/tools/tlp/yes/named/').paragraphs.map((p) => p.weight)).toContain(third);
    expect(first).toBeGreaterThan(second);
  });

  it('never puts the documents’ own text in an alias page', () => {
    const section = read('/ppp-guide/chapter-2/#2-2-hierarchical-structure');
    expect(section.text).not.toMatch(/secretariat/i);
    expect(section.text).toBe('who should lead. ko treba da vodi');
  });

  it('adds each tool result on its own page, its recommendation weighted below the text', () => {
    const amber = read('/tools/tlp/no/');
    expect(amber.meta).toEqual({
      name: 'TLP:AMBER — limited distribution',
      kind: RECORD_KINDS.toolResult,
      tool: 'Which Traffic Light Protocol label should this information carry?',
    });
    expect(amber.filter).toBe('publication:tools');
    expect(amber.paragraphs).toEqual([
      {
        weight: EXTRA_WEIGHTS.toolResult,
        text: 'TLP:AMBER — limited distribution. Label it AMBER: limited distribution within the recipients’ organisations.',
      },
    ]);
    expect(EXTRA_WEIGHTS.toolResult).toBeLessThan(1);
  });

  it('escapes what would break the HTML', () => {
    const tricky = buildQuickFindIndex({
      publications: INPUT.publications,
      documents: [],
      tools: [{ id: 't', title: 'T', results: [{ id: 'x', title: 'Label it <b>"RED"</b> & go', url: 'tools/t/a/' }] }],
    });
    const [only] = pagefindExtraPages(tricky);
    expect(only!.content).not.toContain('<b>');
    const meta = parse(only!.content).querySelector('[data-pagefind-meta^="name:"]')!;
    expect(meta.getAttribute('data-pagefind-meta')).toBe('name:Label it <b>"RED"</b> & go');
  });

  it('puts a tool result that is also an alias target on one page, holding both', () => {
    const red = read('/tools/tlp/yes/named/');
    expect(red.meta.kind).toBe(RECORD_KINDS.toolResult);
    expect(red.meta.terms).toBe('Traffic Light Protocol');
    expect(red.paragraphs.map((p) => p.weight)).toEqual([EXTRA_WEIGHTS.aliasTargets[2], EXTRA_WEIGHTS.toolResult]);
  });

  it('has nothing to add for an index without aliases or tools', () => {
    expect(pagefindExtraPages(buildQuickFindIndex({ ...INPUT, tools: [] }))).toEqual([]);
  });
});
