/**
 * Every built HTML file passes html-validate with .htmlvalidate.json
 * ("html-validate:recommended" plus the few relaxations listed in RELAXED).
 *
 * Also usable by hand: `npx html-validate dist` reads the same config.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, readDist, requireDist } from '../support/dist';

const CONFIG_FILE = join(import.meta.dirname, '..', '..', '.htmlvalidate.json');
const config = JSON.parse(readFileSync(CONFIG_FILE, 'utf8')) as ConfigData;

/**
 * JSON has no comments, so the reason for each rule that .htmlvalidate.json
 * changes from the recommended preset lives here. A rule changed there
 * without a reason here fails the first test below.
 */
const RELAXED: Record<string, string> = {
  // HTML5 allows any id without whitespace. docs/content-conventions.md fixes
  // heading ids such as "2-2-setting-up" (starting with a digit) as stable,
  // published anchors; the strict mode would reject them for being awkward in
  // CSS selectors, which is no concern for anchors. Relaxed mode still rejects
  // empty ids and ids with whitespace.
  'valid-id': 'ids may start with a digit (content-conventions.md anchors like "2-2-setting-up")',
  // Purely a style rule: HTML5 accepts both <br> and <br/>. Astro's .astro
  // templates print <br> while its MDX (JSX) renderer prints <br/>, and JSX
  // requires authors to write <br />, so no one style can hold across the
  // site. Content in void elements ("void-content") and self-closed non-void
  // elements ("no-self-closing") are still errors.
  'void-style': 'Astro prints <br> from .astro and <br/> from MDX; both are valid HTML',
};

requireDist();
const FILES = htmlFiles();
const validator = new HtmlValidate(config);

describe('html-validate', () => {
  it('.htmlvalidate.json extends the recommended preset and explains every rule it changes', () => {
    expect(config.extends).toContain('html-validate:recommended');
    const unexplained = Object.keys(config.rules ?? {}).filter((rule) => !(rule in RELAXED));
    expect(
      unexplained,
      `rules changed in .htmlvalidate.json with no reason in RELAXED: ${unexplained.join(', ')}`,
    ).toEqual([]);
  });

  it.each(FILES)('%s has no errors', async (file) => {
    const source = readDist(file);
    const report = await validator.validateString(source, join(DIST, file));
    const errors = report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
    expect(
      errors.length,
      `${errors.length} html-validate error(s) in dist/${file}:\n${errors.map((m) => format(file, source, m)).join('\n')}`,
    ).toBe(0);
  });
});

function format(file: string, source: string, m: Message): string {
  const start = Math.max(0, m.offset - 50);
  const snippet = source.slice(start, m.offset + Math.min(Math.max(m.size, 50), 100)).replace(/\s+/g, ' ');
  return `  dist/${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` [${m.selector}]` : ''}\n      ${snippet}`;
}
