/**
 * Frontmatter rules: every page in content/ passes them, and a broken page
 * fails with a message that names the field.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { documentSchema, glossarySchema, sitePageSchema } from '../../src/lib/content-schema';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

function frontmatter(path: string): unknown {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`${path} has no frontmatter`);
  return parseYaml(match[1]!);
}

// DCAF's documents: every MDX file but the site's own pages in content/site/ (src/content.config.ts).
const pages = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('site/'))
  .map((f) => join(CONTENT, f));
const sitePages = readdirSync(join(CONTENT, 'site'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => join(CONTENT, 'site', f));

const valid = {
  title: 'Introduction',
  description: 'The introduction to the three booklets.',
  publication: 'booklets',
  authors: ['Dr. Tadas Jakštas'],
  year: 2022,
  citation: 'Tadas Jakštas, Booklets on National Cybersecurity Institutions (Geneva: DCAF, 2022)',
  order: 0,
};

const messages = (data: unknown) => {
  const result = documentSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('document frontmatter', () => {
  it('content/ holds pages of both publications', () => {
    const pubs = new Set(pages.map((p) => (frontmatter(p) as { publication: string }).publication));
    expect([...pubs].sort()).toEqual(['booklets', 'ppp-guide']);
  });

  it.each(pages)('%s passes the schema', (path) => {
    expect(messages(frontmatter(path))).toEqual([]);
  });

  it('accepts a complete page', () => {
    expect(messages(valid)).toEqual([]);
  });

  it('names a missing title', () => {
    const { title: _t, ...rest } = valid;
    expect(messages(rest).join('\n')).toMatch(/^title:/m);
  });

  it('explains an unknown publication', () => {
    expect(messages({ ...valid, publication: 'blog' }).join('\n')).toMatch(
      /publication: must be one of booklets, ppp-guide/,
    );
  });

  it('rejects a year given as text and an empty author list', () => {
    const out = messages({ ...valid, year: '2022', authors: [] }).join('\n');
    expect(out).toMatch(/^year:/m);
    expect(out).toMatch(/authors: name at least one author/);
  });

  it('rejects keys it does not know, so typos do not pass silently', () => {
    expect(messages({ ...valid, titel: 'x' }).join('\n')).toMatch(/titel/);
  });
});

describe('glossary', () => {
  const entries = JSON.parse(readFileSync(join(CONTENT, 'glossary.json'), 'utf8')) as unknown[];
  it.each(entries.map((e) => [(e as { abbr: string }).abbr, e]))('%s is a valid entry', (_abbr, entry) => {
    expect(glossarySchema.safeParse(entry).success).toBe(true);
  });
  it('has no abbreviation twice', () => {
    const abbrs = entries.map((e) => (e as { abbr: string }).abbr);
    expect(new Set(abbrs).size).toBe(abbrs.length);
  });
  it('covers the abbreviations the site promises', () => {
    const abbrs = new Set(entries.map((e) => (e as { abbr: string }).abbr));
    for (const a of [
      'CI',
      'CII',
      'CIIP',
      'CERT',
      'CSIRT',
      'ISAC',
      'PPP',
      'TLP',
      'SOC',
      'ICT',
      'NCSC',
      'ENISA',
      'DCAF',
      'OSCE',
      'MKD-CIRT',
      'FS-ISAC',
      'CiSP',
      'EGC',
      'FIRST',
      'SSG',
      'SSR',
    ]) {
      expect(abbrs.has(a), a).toBe(true);
    }
  });
});

describe("the site's own pages", () => {
  it.each(sitePages)('%s passes their schema, which has no DCAF publication', (path) => {
    const result = sitePageSchema.safeParse(frontmatter(path));
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([]);
    expect(documentSchema.safeParse(frontmatter(path)).success).toBe(false);
  });
});
