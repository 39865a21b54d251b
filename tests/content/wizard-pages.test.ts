import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltManifest } from '../../src/integrations/built-manifest';
import { enumeratePaths } from '../../src/lib/wizard/paths';
import type { WizardTree } from '../../src/lib/wizard/types';
import { DIST, readDist, requireDist } from '../support/dist';

const TREES = readBuiltManifest(DIST).trees as WizardTree[];

beforeAll(requireDist);

describe('wizard pages', () => {
  it('there are seven trees', () => {
    expect(TREES.map((t) => t.id).sort()).toEqual([
      'agency-structure',
      'formality',
      'hierarchy-financing',
      'maturity',
      'ppp-type',
      'sectoral-cert',
      'tlp',
    ]);
  });

  it.each(TREES.map((t) => [t.id, t] as const))(
    '%s: every path ends on a pre-rendered page showing its outcome',
    (_id, tree) => {
      for (const path of enumeratePaths(tree)) {
        const page = parse(readDist(`tools/${tree.id}/${path.answers.join('/')}/index.html`));
        expect(page.querySelector('[data-outcome]')?.getAttribute('data-outcome'), path.answers.join(' > ')).toBe(
          path.outcome,
        );
        expect(page.querySelectorAll('.wizard__summary-row').length).toBe(path.answers.length);
      }
    },
  );

  it.each(TREES.map((t) => [t.id, t] as const))('%s: data published at /tools/<id>.json', (_id, tree) => {
    expect(JSON.parse(readDist(`tools/${tree.id}.json`))).toEqual(tree);
  });

  it.each(TREES.map((t) => [t.id, t] as const))("%s: embedded in its document, as the site's own tool", (_id, tree) => {
    const embed = parse(readDist(`${tree.embedIn.doc}/index.html`)).querySelector(`#tool-${tree.id}`);
    expect(embed, `${tree.embedIn.doc} embeds ${tree.id}`).not.toBeNull();
    expect(embed!.hasAttribute('data-editorial')).toBe(true);
    expect(embed!.querySelector('.wizard__answer')).not.toBeNull();
  });

  it('the tools index lists every tree and the plan', () => {
    const links = parse(readDist('tools/index.html'))
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    for (const t of TREES) expect(links).toContain(`/tools/${t.id}/`);
    expect(links).toContain('/tools/plan/');
  });
});
