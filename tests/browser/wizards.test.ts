/**
 * The wizards as a person uses them, in Chromium over the built site: every
 * tree completed by keyboard alone with JavaScript, and by following links
 * alone without it; Back, change-answer, a tampered link, resume; axe on
 * question, outcome and plan pages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enumeratePaths } from '../../src/lib/wizard/paths';
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
        .evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
      const index = answers.findIndex((href) => href.endsWith(`/${answerId}/`));
      expect(index, `answer ${answerId} offered at step ${i}`).toBeGreaterThanOrEqual(0);
      // From where focus is (the page top, then each new heading), Tab to the answer and press Enter.
      await tabTo(page, answers[index]!);
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
});

describe('wizard behaviour', () => {
  const tree = TREES.find((t) => enumeratePaths(t).some((p) => p.answers.length >= 2)) ?? TREES[0]!;
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
    const urls = [toolUrl(tree.id), toolUrl(tree.id, path.answers), `${server.url}tools/plan/`, `${server.url}tools/`];
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
    expect(await page.locator(`#plan-${finished.id} ~ [data-outcome]`).getAttribute('data-outcome')).toBe(path.outcome);
    await page.locator(`[aria-labelledby="plan-${finished.id}"] textarea`).fill('Invite the regulator.');
    await page.reload();
    await islandsLive(page);
    expect(await page.locator(`[aria-labelledby="plan-${finished.id}"] textarea`).inputValue()).toBe(
      'Invite the regulator.',
    );
    await page.close();
  });
});
