import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOME_TASKS } from '../../src/lib/home-tasks';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

describe('the home page tasks', () => {
  it('are the five the readers asked for, in order', () => {
    expect(HOME_TASKS.map((t) => t.task)).toEqual([
      'Start a partnership',
      'Set up a sectoral CERT',
      'Set up a national agency',
      'Label information',
      'Prepare a first meeting',
    ]);
  });

  it('each lead to a tool that exists and a passage that exists', () => {
    const problems = HOME_TASKS.flatMap((t) => {
      const out: string[] = [];
      if (t.tool !== 'plan' && !existsSync(join(CONTENT, 'wizards', `${t.tool}.json`)))
        out.push(`${t.task}: no tool "${t.tool}"`);
      const file = join(CONTENT, `${t.text.doc}.mdx`);
      if (!existsSync(file)) out.push(`${t.task}: no document ${t.text.doc}`);
      else if (!readFileSync(file, 'utf8').includes(`{#${t.text.anchor}}`))
        out.push(`${t.task}: no heading #${t.text.anchor} in ${t.text.doc}`);
      return out;
    });
    expect(problems).toEqual([]);
  });
});
