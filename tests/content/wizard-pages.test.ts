/**
 * The pre-rendered wizard pages, without a browser: a "pages" wizard has a
 * page for every answer list and every complete one shows its result; a
 * "checklist" wizard has its start page only, holding the whole
 * questionnaire; each tree's data is published as JSON; each is embedded in
 * the document where its text is, at the right heading level.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltManifest } from '../../src/integrations/built-manifest';
import { explore } from '../../src/lib/wizard/combinations';
import { walk } from '../../src/lib/wizard/engine';
import { enumeratePaths } from '../../src/lib/wizard/paths';
import type { WizardTree } from '../../src/lib/wizard/types';
import { DIST, readDist, requireDist } from '../support/dist';

const TREES = readBuiltManifest(DIST).trees as WizardTree[];
const PAGES = TREES.filter((t) => t.noJs === 'pages');
const CHECKLISTS = TREES.filter((t) => t.noJs === 'checklist');

beforeAll(requireDist);

/** index.html files under dist/tools/<id>/, the start page included. */
const statePages = (id: string) =>
  readdirSync(join(DIST, 'tools', id), { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;

describe('wizard pages', () => {
  it('there are seven trees, and both ways of working without JavaScript are in use', () => {
    expect(TREES.map((t) => t.id).sort()).toEqual([
      'agency-structure',
      'formality',
      'hierarchy-financing',
      'maturity',
      'ppp-type',
      'sectoral-cert',
      'tlp',
    ]);
    expect(PAGES.map((t) => t.id)).toContain('tlp');
    expect(CHECKLISTS.map((t) => t.id)).toContain('maturity');
  });

  it.each(PAGES.map((t) => [t.id, t] as const))(
    '%s ("pages"): a page for every answer list; every complete one shows its result, notes and marked row',
    (_id, tree) => {
      expect(statePages(tree.id)).toBe(explore(tree, () => {}).prefixes);
      for (const path of enumeratePaths(tree)) {
        const page = parse(readDist(`tools/${tree.id}/${path.answers.join('/')}/index.html`));
        const label = path.answers.join(' > ');
        expect(page.querySelector('[data-outcome]')?.getAttribute('data-outcome'), label).toBe(path.outcome);
        expect(page.querySelectorAll('.wizard__summary-row').length).toBe(path.answers.length);
        expect(
          page.querySelectorAll('.wizard__outcome [data-note]').map((n) => n.getAttribute('data-note')),
          label,
        ).toEqual(path.notes);
        const w = walk(tree, path.answers);
        if (!w.ok || !w.done) throw new Error(label);
        const fired = page.querySelectorAll('.questionnaire .is-fired').map((r) => r.getAttribute('data-clause'));
        expect(fired, label).toEqual([`${w.rule.id}/${w.clause}`]);
        expect(page.querySelectorAll('.questionnaire .is-chosen')).toHaveLength(path.answers.length);
      }
    },
  );

  it.each(CHECKLISTS.map((t) => [t.id, t] as const))(
    '%s ("checklist"): the start page only, with every question, answer, row and note on it',
    (_id, tree) => {
      expect(statePages(tree.id)).toBe(1);
      const page = parse(readDist(`tools/${tree.id}/index.html`));
      const q = page.querySelector(`#questionnaire-${tree.id}`)!;
      expect(q.classList.contains('questionnaire--primary')).toBe(true);
      expect(q.querySelectorAll('[data-q]').map((e) => e.getAttribute('data-q'))).toEqual(
        tree.questions.map((x) => x.id),
      );
      expect(q.querySelectorAll('[data-choice]')).toHaveLength(tree.questions.flatMap((x) => x.answers).length);
      expect(q.querySelectorAll('[data-clause]')).toHaveLength(tree.rules.flatMap((r) => r.when).length);
      expect(q.querySelectorAll('[data-note]')).toHaveLength(tree.notes?.length ?? 0);
      for (const r of tree.results)
        expect(q.querySelector(`[data-result="${r.id}"]`)?.text).toContain(r.recommendation);
      // Without JavaScript the page says a link's answers cannot be shown, and points at the questionnaire.
      const noscript = page.querySelector('noscript')!.innerHTML;
      expect(noscript).toContain(`?${tree.id}=`);
      expect(noscript).toContain(`#questionnaire-${tree.id}`);
    },
  );

  it.each(PAGES.map((t) => [t.id, t] as const))(
    '%s: the start page says, without JavaScript, that a ?%s= link needs it',
    (_id, tree) => {
      const noscript = parse(readDist(`tools/${tree.id}/index.html`)).querySelector('noscript');
      expect(noscript?.innerHTML).toContain(`?${tree.id}=`);
      expect(existsSync(join(DIST, 'tools', tree.id, tree.questions[0]!.answers[0]!.id, 'index.html'))).toBe(true);
    },
  );

  it.each(TREES.map((t) => [t.id, t] as const))('%s: data published at /tools/<id>.json', (_id, tree) => {
    expect(JSON.parse(readDist(`tools/${tree.id}.json`))).toEqual(tree);
  });

  it.each(TREES.map((t) => [t.id, t] as const))(
    "%s: embedded in its document as the site's own tool, one heading level below its section",
    (_id, tree) => {
      const main = parse(readDist(`${tree.embedIn.doc}/index.html`)).querySelector('main .prose')!;
      const embed = main.querySelector(`#tool-${tree.id}`);
      expect(embed, `${tree.embedIn.doc} embeds ${tree.id}`).not.toBeNull();
      expect(embed!.hasAttribute('data-editorial')).toBe(true);
      // Without JavaScript: answer links, or (checklist) a note pointing at the questionnaire.
      const noJs = tree.noJs === 'pages' ? '.wizard__answer' : `noscript`;
      expect(embed!.querySelector(noJs), noJs).not.toBeNull();
      if (tree.noJs === 'checklist')
        expect(embed!.querySelector('noscript')!.innerHTML).toContain(`#questionnaire-${tree.id}`);
      // The last heading before the embed, outside it, sets the level.
      const order = main.querySelectorAll('h2, h3, h4, h5, h6, .wizard-embed');
      const at = order.indexOf(embed as HTMLElement);
      const before = order
        .slice(0, at)
        .filter((e) => /^H\d$/.test(e.tagName) && !e.closest('.wizard-embed'))
        .at(-1);
      const expected = before ? Number(before.tagName[1]) + 1 : 2;
      expect(embed!.querySelector(`#tool-${tree.id}-title`)!.tagName).toBe(`H${expected}`);
    },
  );

  it('the tools index lists every tree and the plan', () => {
    const links = parse(readDist('tools/index.html'))
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    for (const t of TREES) expect(links).toContain(`/tools/${t.id}/`);
    expect(links).toContain('/tools/plan/');
  });
});
