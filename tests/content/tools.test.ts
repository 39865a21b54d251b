/**
 * The three working tools against the built site: every passage they quote is
 * on its page, every anchor they link exists, a "Box n" label sits inside that
 * box, and the pages carry what works without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { distChecks } from '../../src/integrations/wizard-validation';
import { type Cited, comparePassages, governancePassages, stakeholderPassages } from '../../src/lib/tools/citations';
import { compareSchema, governanceSchema, parseToolData, stakeholderSchema } from '../../src/lib/tools/schema';
import { DIST, readDist, requireDist } from '../support/dist';

beforeAll(requireDist);

const content = (file: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'tools', file), 'utf8')) as unknown;
const compare = parseToolData(compareSchema, content('compare.json'), 'content/tools/compare.json');
const stakeholders = parseToolData(stakeholderSchema, content('stakeholders.json'), 'content/tools/stakeholders.json');
const governance = parseToolData(governanceSchema, content('governance.json'), 'content/tools/governance.json');

const ALL: Cited[] = [
  ...comparePassages(compare),
  ...stakeholderPassages(stakeholders),
  ...governancePassages(governance),
];

describe('the tools quote the documents', () => {
  it('every quote is on the page it cites', () => {
    const checks = distChecks(DIST);
    const missing = ALL.filter((c) => !checks.quoteFound(c.statement.doc, c.statement.quote)).map(
      (c) => `${c.where}: "${c.statement.quote}" is not in ${c.statement.doc}`,
    );
    expect(missing).toEqual([]);
  });

  it('every anchor exists on its page', () => {
    const checks = distChecks(DIST);
    const missing = ALL.filter((c) => !checks.anchorExists(c.statement.doc, c.statement.anchor)).map(
      (c) => `${c.where}: no id="${c.statement.anchor}" on ${c.statement.doc}`,
    );
    expect(missing).toEqual([]);
  });

  it('every quote is in the very element its anchor names (not just on the page)', () => {
    const wrong: string[] = [];
    const squash = (s: string) => s.replace(/[‘’']/g, "'").replace(/\s+/g, ' ');
    for (const c of ALL) {
      const el = parse(readDist(`${c.statement.doc}/index.html`)).getElementById(c.statement.anchor);
      if (el && !squash(el.text).includes(squash(c.statement.quote)))
        wrong.push(`${c.where}: "${c.statement.quote.slice(0, 50)}…" is not inside #${c.statement.anchor}`);
    }
    expect(wrong).toEqual([]);
  });

  it('a "Box n" label is given only to a paragraph of that box', () => {
    const wrong: string[] = [];
    for (const c of ALL) {
      const box = /^Box (\d+)$/.exec(c.statement.label ?? '');
      if (!box) continue;
      const page = parse(readDist(`${c.statement.doc}/index.html`));
      if (!page.querySelector(`#box-${box[1]} [id="${c.statement.anchor}"]`))
        wrong.push(`${c.where}: #${c.statement.anchor} is not inside #box-${box[1]}`);
    }
    expect(ALL.some((c) => c.statement.label?.startsWith('Box '))).toBe(true);
    expect(wrong).toEqual([]);
  });
});
