/**
 * The heading outline of every built page (src/lib/heading-outline.ts): one
 * h1 first, no level skipped, embedded tools inside the section they sit in.
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { type OutlineHeading, outlineProblems } from '../../src/lib/heading-outline';
import { readBuiltManifest } from '../../src/integrations/built-manifest';
import { DIST, htmlFiles, readDist, requireDist } from '../support/dist';

requireDist();

/** The page's headings in document order, each with the embedded tool it is in. */
function headingsOf(html: string): OutlineHeading[] {
  return parse(html)
    .querySelectorAll('h1, h2, h3, h4, h5, h6')
    .map((el) => ({
      level: Number(el.tagName[1]),
      text: el.text,
      embed: el.closest('.wizard-embed')?.id,
    }));
}

describe('heading outline', () => {
  const files = htmlFiles();

  it('is checked on every page: the documents, the tools and every pre-rendered state', () => {
    const { documents, tools } = readBuiltManifest(DIST);
    for (const url of [...documents.map((d) => d.url), ...tools.map((t) => t.url)])
      expect(files).toContain(`${url}index.html`);
    expect(files.filter((f) => f.startsWith('tools/')).length).toBeGreaterThan(tools.length);
  });

  it('has one h1 first, no skipped level, and tools inside their sections, on every page', () => {
    const problems = files.flatMap((file) => outlineProblems(headingsOf(readDist(file))).map((p) => `${file}: ${p}`));
    expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
  });
});
