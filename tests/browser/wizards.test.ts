/**
 * The wizards as a person uses them, in Chromium over the built site: every
 * wizard completed by keyboard alone with JavaScript; without it, a "pages"
 * wizard by following links alone and a "checklist" wizard as its whole
 * questionnaire; Back, change-answer, a tampered link, resume, the link to a
 * result, a question answered from another wizard's result, the plan and its
 * conflicts; axe on questions, results, the questionnaire and the plan.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enumeratePaths } from '../../src/lib/wizard/paths';
import { encodeState } from '../../src/lib/wizard/state';
import type { WizardTree } from '../../src/lib/wizard/types';
import { readBuiltManifest } from '../../src/integrations/built-manifest';
import { launchBrowser } from '../support/browser';
import { islandsLive } from '../support/islands';
import { DIST, requireDist } from '../support/dist';
import { serve, type StaticServer } from '../support/server';

requireDist();
const TREES = readBuiltManifest(DIST).trees as WizardTree[];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server: StaticServer;
let browser: Browser;
let js: BrowserContext;
let noJs: BrowserContext;

beforeAll(async () => {
  server = await serve();
  browser = await launchBrowser();
  js = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  noJs = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const toolUrl = (id: string, answers: string[] = [], query = '') =>
  `${server.url}tools/${id}/${answers.map((a) => `${a}/`).join('')}${query}`;

/** Presses Tab until the link to `href` has focus (keyboard only, as a reader would). */
async function tabTo(page: Page, href: string) {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((h) => (document.activeElement as HTMLAnchorElement | null)?.href === h, href)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${href}`);
}

/** A path through every tree: the last one, so it differs from the first answers a reader sees. */
const samplePath = (tree: WizardTree) => enumeratePaths(tree).at(-1)!;
const byId = (id: string) => TREES.find((t) => t.id === id)!;
/** The query that holds `answers`, as the island writes it. */
const state = (tree: WizardTree, answers: string[]) => `?${tree.id}=${encodeState(tree, answers)}`;

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async (tags) => {
    const r = await (
      window as unknown as {
        axe: {
          run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, AXE_TAGS);
  return violations;
}

describe.each(TREES.map((t) => [t.id, t] as const))('wizard %s', (_id, tree) => {
  const path = samplePath(tree);

  it('completes by keyboard alone, in place, with the URL, focus and title following', async () => {
    const page = await js.newPage();
    let loads = 0;
    page.on('load', () => loads++);
    await page.goto(toolUrl(tree.id));
    await islandsLive(page);
    loads = 0;
    for (const [i, answerId] of path.answers.entries()) {
      const question = page.locator('.wizard__question');
      const answers = await question
        .locator('.wizard__answer')
        .evaluateAll((els) => els.map((e) => [(e as HTMLAnchorElement).href, (e as HTMLElement).dataset.answer]));
      const index = answers.findIndex(([, id]) => id === answerId);
      expect(index, `answer ${answerId} offered at step ${i}`).toBeGreaterThanOrEqual(0);
      // From where focus is (the page top, then each new heading), Tab to the answer and press Enter.
      await tabTo(page, answers[index]![0]!);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => new URL(page.url()).searchParams.get(tree.id))
        .toBe([tree.version, ...path.answers.slice(0, i + 1)].join('.'));
      // Preact runs effects after paint: wait for focus to arrive on the new heading.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.classList.contains('wizard__title')), {
          message: 'focus moves to the new heading',
        })
        .toBe(true);
    }
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe(path.outcome);
    expect(await page.title()).toContain(tree.title);
    expect(loads, 'no page reload while answering').toBe(0);
    await page.close();
  });

  if (tree.noJs === 'pages') {
    it('completes by following links alone without JavaScript', async () => {
      const page = await noJs.newPage();
      await page.goto(toolUrl(tree.id));
      for (const [i, answerId] of path.answers.entries()) {
        // Each answer is a plain link to the next pre-rendered page, which shows the answers so far.
        await page.locator(`.wizard__answer[href$="/${answerId}/"]`).click();
        await page.waitForURL(toolUrl(tree.id, path.answers.slice(0, i + 1)));
        expect(await page.locator('.wizard__summary-row').count()).toBe(i + 1);
      }
      expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe(path.outcome);
      await page.close();
    });
  } else {
    it('without JavaScript, shows the whole questionnaire and says a link with answers needs JavaScript', async () => {
      const page = await noJs.newPage();
      await page.goto(toolUrl(tree.id, [], state(tree, path.answers)));
      // (Playwright's text and role queries skip <noscript>, so by class.)
      const notice = page.locator('p.wizard__notice').first();
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain('cannot be opened here');
      await notice.locator(`a[href="#questionnaire-${tree.id}"]`).click();
      await page.waitForURL(`**#questionnaire-${tree.id}`);
      const questionnaire = page.locator(`#questionnaire-${tree.id}`);
      expect(await questionnaire.locator('[data-q]').count()).toBe(tree.questions.length);
      expect(await questionnaire.locator('[data-clause]').count()).toBe(tree.rules.flatMap((r) => r.when).length);
      // The first question the server draws for readers with JavaScript is hidden (display: none, so out of the
      // accessibility tree too): no answer link that would lead nowhere.
      expect(await page.locator('.wizard__answer:visible').count(), 'no answer links that would lead nowhere').toBe(0);
      await page.close();
    });
  }
});

describe('wizard behaviour', () => {
  const tree =
    TREES.find((t) => t.noJs === 'pages' && enumeratePaths(t).some((p) => p.answers.length >= 2)) ?? TREES[0]!;
  const path = enumeratePaths(tree).find((p) => p.answers.length >= 2) ?? enumeratePaths(tree)[0]!;

  it('browser Back returns to the previous question', async () => {
    const page = await js.newPage();
    await page.goto(toolUrl(tree.id));
    await islandsLive(page);
    const firstTitle = await page.locator('.wizard__title').textContent();
    await page.locator(`.wizard__answer[href$="/${path.answers[0]}/"]`).click();
    await expect.poll(() => page.locator('.wizard__title').textContent()).not.toBe(firstTitle);
    await page.goBack();
    await expect.poll(() => page.locator('.wizard__title').textContent()).toBe(firstTitle);
    await page.close();
  });

  it('the in-page Back goes back: no new history entry, and from a shared link it stays one entry', async () => {
    const page = await js.newPage();
    await page.goto(toolUrl(tree.id));
    await islandsLive(page);
    const firstTitle = await page.locator('.wizard__title').textContent();
    await page.locator(`.wizard__answer[href$="/${path.answers[0]}/"]`).click();
    await expect.poll(() => page.locator('.wizard__title').textContent()).not.toBe(firstTitle);
    const length = await page.evaluate(() => history.length);
    await page.locator('.wizard__nav a', { hasText: 'Back' }).click();
    await expect.poll(() => page.locator('.wizard__title').textContent()).toBe(firstTitle);
    expect(await page.evaluate(() => history.length)).toBe(length);
    // Opened on a later step by a link: Back shows the step before without adding an entry.
    await page.goto(toolUrl(tree.id, [], `?${tree.id}=${[tree.version, path.answers[0]].join('.')}`));
    await islandsLive(page);
    const before = await page.evaluate(() => history.length);
    await page.locator('.wizard__nav a', { hasText: 'Back' }).click();
    await expect.poll(() => page.locator('.wizard__title').textContent()).toBe(firstTitle);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.close();
  });

  it('changing an answer keeps the later answers that still apply', async () => {
    const page = await js.newPage();
    await page.goto(toolUrl(tree.id, [], `?${tree.id}=${[tree.version, ...path.answers].join('.')}`));
    await islandsLive(page);
    expect(await page.locator('[data-outcome]').count()).toBe(1);
    await page.locator('.wizard__summary-row a').first().click();
    // The first question again, with the current answer marked; choose the same answer.
    expect(await page.locator('.wizard__answer[aria-current]').getAttribute('href')).toMatch(
      new RegExp(`/${path.answers[0]}/$`),
    );
    await page.locator('.wizard__answer[aria-current]').click();
    await expect.poll(() => page.locator('[data-outcome]').getAttribute('data-outcome')).toBe(path.outcome);
    await page.close();
  });

  it('a tampered link shows a clear message and a way to start again, never a blank page', async () => {
    const page = await js.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const bad of [`${tree.version}.no-such-answer`, '999.x', '%E0%A4%A', 'x'.repeat(5000)]) {
      await page.goto(toolUrl(tree.id, [], `?${tree.id}=${bad}`));
      await islandsLive(page);
      const notice = page.locator('.wizard__notice[role="alert"]');
      await expect.poll(() => notice.count()).toBe(1);
      expect((await notice.textContent())?.length ?? 0).toBeGreaterThan(20);
      expect(await notice.locator('a', { hasText: 'Start again' }).count()).toBe(1);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers only what a damaged link allows: no "carry on" from question 1, and "see the result" past the end', async () => {
    const page = await js.newPage();
    await page.goto(toolUrl(tree.id, [], `?${tree.id}=${tree.version}.no-such-answer`));
    await islandsLive(page);
    const notice = page.locator('.wizard__notice[role="alert"]');
    expect(await notice.locator('button').count()).toBe(0);
    expect(await notice.textContent()).not.toContain('question 1');
    await page.goto(toolUrl(tree.id, [], `?${tree.id}=${[tree.version, ...path.answers, 'extra'].join('.')}`));
    await islandsLive(page);
    const n = path.answers.length;
    const button = notice.getByRole('button', {
      name: `See the result of your first ${n === 1 ? 'answer' : `${n} answers`}`,
    });
    await button.click();
    await expect.poll(() => page.locator('[data-outcome]').getAttribute('data-outcome')).toBe(path.outcome);
    await page.close();
  });

  it('offers to resume after a reload, and survives corrupt storage', async () => {
    const page = await js.newPage();
    await page.goto(toolUrl(tree.id));
    await islandsLive(page);
    await page.locator(`.wizard__answer[href$="/${path.answers[0]}/"]`).click();
    await page.goto(toolUrl(tree.id));
    await islandsLive(page);
    await page.getByRole('button', { name: 'Resume where you left off' }).click();
    await expect.poll(() => page.locator('.wizard__summary-row').count()).toBe(1);
    await page.evaluate((key) => localStorage.setItem(key, '{not json'), `cgg:wizard:${tree.id}`);
    await page.goto(toolUrl(tree.id));
    await islandsLive(page);
    expect(await page.locator('.wizard__resume').count()).toBe(0);
    expect(await page.locator('.wizard__answer').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('has no axe violations on a question, an outcome and the plan, light and dark', async () => {
    const page = await js.newPage();
    const maturity = byId('maturity');
    const urls = [
      toolUrl(tree.id),
      toolUrl(tree.id, path.answers),
      toolUrl(maturity.id),
      toolUrl(maturity.id, [], state(maturity, ['limited', 'yes', 'yes', 'initial-meetings'])),
      toolUrl('tlp', ['originator', 'anyone']),
      `${server.url}tools/plan/`,
      `${server.url}tools/`,
    ];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const url of urls) {
        await page.goto(url);
        await islandsLive(page);
        expect(await axe(page), `${url} (${scheme})`).toEqual([]);
      }
    }
    await page.close();
  });
});

describe('results', () => {
  it('a "pages" wizard links to a result by its path, which opens without JavaScript', async () => {
    const tlp = byId('tlp');
    const page = await js.newPage();
    await page.goto(toolUrl(tlp.id, [], state(tlp, ['originator', 'anyone'])));
    await islandsLive(page);
    const link = await page.getByLabel('Link to this result').inputValue();
    expect(link).toBe(toolUrl(tlp.id, ['originator', 'anyone']));
    expect(await page.locator('.wizard__title').textContent()).toContain('in TLP 2.0: TLP:CLEAR');
    const plain = await noJs.newPage();
    await plain.goto(link);
    expect(await plain.locator('[data-outcome]').getAttribute('data-outcome')).toBe('o-white');
    await plain.close();
    await page.close();
  });

  it('downloads a result as Markdown and JSON, its script fetched only when asked, and both read back', async () => {
    const maturity = byId('maturity');
    const answers = ['limited', 'yes', 'yes', 'initial-meetings'];
    const page = await js.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(toolUrl(maturity.id, [], state(maturity, answers)));
    await islandsLive(page);
    expect(
      scripts.some((p) => p.endsWith('/result-files.js')),
      'not before a download is asked for',
    ).toBe(false);
    const save = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return readFileSync((await download.path())!, 'utf8');
    };
    const md = await save('Download Markdown');
    expect(scripts.filter((p) => p.endsWith('/result-files.js'))).toHaveLength(1);
    expect(md).toContain(maturity.title);
    expect(md).toContain('between emerging and advanced');
    const json = JSON.parse(await save('Download JSON'));
    expect(json).toMatchObject({ tool: maturity.id, outcome: { id: 'o-between' } });
    expect(json.answers.map((a: { answer: string }) => a.answer)).toEqual(answers);
    expect(json.outcome.citations[0].citation).toMatch(/DCAF/);
    expect(
      scripts.filter((p) => p.endsWith('/result-files.js')),
      'loaded once',
    ).toHaveLength(1);
    await page.close();
  });

  it('a "checklist" wizard links to a result with the answers in the address, and reopens it', async () => {
    const maturity = byId('maturity');
    const answers = ['limited', 'yes', 'yes', 'initial-meetings'];
    const page = await js.newPage();
    await page.goto(toolUrl(maturity.id, [], state(maturity, answers)));
    await islandsLive(page);
    const link = await page.getByLabel('Link to this result').inputValue();
    expect(link).toBe(toolUrl(maturity.id, [], state(maturity, answers)));
    // The tension is said, with both stage descriptions quoted.
    const tension = page.locator('.wizard__notes--tension');
    expect(await tension.getByRole('heading', { name: 'The factors pull in different directions' }).count()).toBe(1);
    expect(await tension.locator('blockquote').count()).toBe(2);
    expect(await page.locator('.wizard__title').textContent()).toContain('between emerging and advanced');
    // The row of the decision table that gave the result is marked, and the answers.
    expect(await page.locator('.questionnaire .is-fired').getAttribute('data-clause')).toBe(
      'between-emerging-and-advanced/0',
    );
    expect(await page.locator('.questionnaire .is-chosen').count()).toBe(answers.length);
    const again = await js.newPage();
    await again.goto(link);
    await islandsLive(again);
    expect(await again.locator('[data-outcome]').getAttribute('data-outcome')).toBe('o-between');
    await again.close();
    await page.close();
  });

  it('a result that sets a shared fact keeps it for the wizards that ask it', async () => {
    // No wizard asks a shared question yet; the unit tests play the pre-answering (tests/lib/wizard/facts.test.ts).
    const page = await js.newPage();
    const maturity = byId('maturity');
    await page.goto(toolUrl(maturity.id, [], state(maturity, ['limited', 'no', 'no', 'no'])));
    await islandsLive(page);
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('cgg:facts') ?? '{}')['community-stage']?.value))
      .toBe('emerging');
    await page.close();
  });
});

describe('plan for a first meeting', () => {
  it('gathers finished results and keeps notes', async () => {
    const page = await js.newPage();
    const plan = ['maturity', 'ppp-type', 'formality', 'hierarchy-financing'];
    const finished = TREES.find((t) => plan.includes(t.id))!;
    const path = enumeratePaths(finished)[0]!;
    await page.goto(toolUrl(finished.id));
    // What the tool keeps after a finished walk, as the tool itself writes it.
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [
        `cgg:wizard:${finished.id}`,
        JSON.stringify({ v: finished.version, answers: path.answers, savedAt: Date.now() }),
      ],
    );
    await page.goto(`${server.url}tools/plan/`);
    await islandsLive(page);
    expect(
      await page.locator(`.plan__result[data-tree="${finished.id}"] [data-outcome]`).getAttribute('data-outcome'),
    ).toBe(path.outcome);
    await page.locator(`#plan-note-${finished.id}`).fill('Invite the regulator.');
    await page.reload();
    await islandsLive(page);
    expect(await page.locator(`#plan-note-${finished.id}`).inputValue()).toBe('Invite the regulator.');
    await page.close();
  });

  it('flags where two results disagree, quoting both passages', async () => {
    const page = await js.newPage();
    const [maturity, pppType] = [byId('maturity'), byId('ppp-type')];
    const emerging = enumeratePaths(maturity).find((p) => p.outcome === 'o-emerging')!;
    const policy = enumeratePaths(pppType).find((p) => p.outcome === 'o-policy-discussions')!;
    await page.goto(`${server.url}tools/plan/`);
    await page.evaluate(
      (entries) => {
        for (const [key, value] of entries) localStorage.setItem(key!, value!);
      },
      [
        [`cgg:wizard:${maturity.id}`, JSON.stringify({ v: maturity.version, answers: emerging.answers, savedAt: 1 })],
        [`cgg:wizard:${pppType.id}`, JSON.stringify({ v: pppType.version, answers: policy.answers, savedAt: 1 })],
      ],
    );
    await page.reload();
    await islandsLive(page);
    const conflict = page.locator('[data-conflict="policy-rules-in-an-emerging-community"]');
    await expect.poll(() => conflict.count()).toBe(1);
    expect(await conflict.locator('blockquote.plan__passage').count()).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});

describe('a tool page loads its script only when the reader reaches for it', () => {
  const scriptsOf = (page: Page) => {
    const loaded: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') loaded.push(new URL(r.url()).pathname);
    });
    return loaded;
  };

  it.each(TREES.map((t) => [t.id, t] as const))(
    '%s: first question drawn by the server, no script at load, answered by keyboard from the first Tab',
    async (_id, tree) => {
      // A first visit: a context of its own, with nothing kept from the other tests.
      const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await fresh.newPage();
      const loaded = scriptsOf(page);
      await page.goto(toolUrl(tree.id));
      await page.waitForLoadState('load');
      const first = page.locator('.wizard__question .wizard__answer').first();
      expect(await first.isVisible()).toBe(true);
      expect(loaded, 'no script file before the reader reaches for the tool').toEqual([]);
      const answer = await first.getAttribute('data-answer');
      await tabTo(page, await first.evaluate((a) => (a as HTMLAnchorElement).href));
      await page.keyboard.press('Enter');
      // In place once the island has started, or as a page load with the answer in the address: either way the
      // next question (or a result) shows, with the answer given.
      await expect.poll(() => page.locator('.wizard__summary-row, [data-outcome]').count()).toBeGreaterThan(0);
      expect(page.url()).toContain(answer!);
      expect(loaded.some((p) => p.includes('/_client/wizard.js'))).toBe(true);
      await fresh.close();
    },
  );

  it('starts at once when this browser kept answers, to offer them back', async () => {
    const tree = byId('maturity');
    const page = await js.newPage();
    await page.goto(toolUrl(tree.id));
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [`cgg:wizard:${tree.id}`, JSON.stringify({ v: tree.version, answers: samplePath(tree).answers, savedAt: 1 })],
    );
    await page.reload();
    await page.waitForSelector('[data-island][data-live]');
    expect(await page.textContent('.wizard__resume')).toContain('answered some of these questions before');
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('without JavaScript, hides the question the server drew for a checklist tool (its links need the island)', async () => {
    const tree = TREES.find((t) => t.noJs === 'checklist')!;
    const page = await noJs.newPage();
    await page.goto(toolUrl(tree.id));
    expect(await page.locator('.wizard--server').count()).toBe(1);
    expect(await page.locator('.wizard--server').isVisible()).toBe(false);
    expect(await page.locator('.questionnaire').first().isVisible()).toBe(true);
    await page.close();
  });
});
