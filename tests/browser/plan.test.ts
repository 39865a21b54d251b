/**
 * The meeting pack as a convener uses it (docs/arch/0006): results of the
 * tools in it, their answers, conflicts and open points; sections filled in;
 * printed with a 40-line note read back from the PDF, every line of it, the
 * TLP marking on every page; saved as a file and opened on "another computer"
 * (a fresh browser); damaged and foreign files refused with a message;
 * exported to Word and read back; axe in light and dark; a result from a
 * colleague's link added with one action.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuiltManifest } from '../../src/integrations/built-manifest';
import { PLAN_KINDS } from '../../src/lib/pack/kinds';
import { enumeratePaths } from '../../src/lib/wizard/paths';
import type { WizardTree } from '../../src/lib/wizard/types';
import { axeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';
import { DIST, requireDist } from '../support/dist';
import { serve, type StaticServer } from '../support/server';

requireDist();

const PDFTOTEXT = '/usr/bin/pdftotext';
const TREES = readBuiltManifest(DIST).trees as WizardTree[];
const byId = (id: string) => TREES.find((t) => t.id === id)!;
const WORK = mkdtempSync(join(tmpdir(), 'plan-'));

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  if (!existsSync(PDFTOTEXT))
    throw new Error(
      `${PDFTOTEXT} is missing: the print test reads the PDF with it (apt-get install -y poppler-utils).`,
    );
  server = await serve();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(WORK, { recursive: true, force: true });
});

async function newPage(options: { colorScheme?: 'light' | 'dark' } = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** Answers a wizard along `answers` by its link, which the wizard keeps as its result in this browser. */
async function finish(page: Page, id: string, answers: readonly string[]) {
  const tree = byId(id);
  await page.goto(`${server.url}tools/${id}/?${id}=${[tree.version, ...answers].join('.')}`);
  await page.waitForSelector(`[data-island][data-live] [data-outcome]`);
  await page.click('.wizard__in-plan button');
  await page.waitForSelector('.wizard__in-plan[data-in-plan]');
}

const firstPath = (id: string) => enumeratePaths(byId(id))[0]!.answers;

async function openPlan(page: Page, url = 'tools/plan/') {
  await page.goto(server.url + url);
  // With nothing of the reader's kept, the plan starts when the reader reaches for it: the pointer on it.
  await page.locator('.plan-island').hover({ position: { x: 20, y: 20 } });
  await page.waitForSelector('.plan-island[data-live]');
}

describe('the plan for a partnership', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const note = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of the convener's note: who brings what.`).join(
    '\n',
  );

  beforeAll(async () => {
    ({ context, page, errors } = await newPage());
    for (const id of PLAN_KINDS.partnership.trees) await finish(page, id, firstPath(id));
    await page.goto(`${server.url}tools/governance/`);
    await page.waitForSelector('[data-island][data-live]');
    await page
      .locator('fieldset:has(input[name="gov-financial-information"])')
      .getByRole('radio', { name: 'Not yet' })
      .check();
    await page.locator('fieldset:has(input[name="gov-action-plan"])').getByRole('radio', { name: 'In place' }).check();
    await openPlan(page);
    await page.selectOption('.plan__controls select', 'AMBER');
    await page.fill('#plan-purpose-text', 'Agree how to start a national cybersecurity partnership.');
    await page.fill('#plan-notes-text', note);
    await page.click('text=Propose an agenda from the results');
  });
  afterAll(async () => {
    await context?.close();
  });

  it('downloads itself as Markdown with every part and the note, and takes the invitees from the stakeholder map', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download Markdown')]);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toContain('Agree how to start a national cybersecurity partnership.');
    expect(md).toContain('Line 40 of the convener');
    expect(md).toContain('TLP:AMBER');
    // The map is empty in this browser: said so, nothing added.
    await page.click('text=Add the actors of your stakeholder map');
    await expect.poll(() => page.textContent('.plan__status')).toContain('stakeholder map is empty');
    await page.evaluate(
      (value) => localStorage.setItem('cgg:stakeholder-map', value),
      JSON.stringify({
        format: 'cgg-stakeholder-map',
        version: 1,
        actors: [
          {
            name: 'MKD-CIRT',
            sector: 'State bodies',
            role: 'Convener',
            interest: '',
            capacity: 'no',
            benefits: [],
            contact: 'cirt@example.org',
            notes: '',
          },
        ],
      }),
    );
    await page.click('text=Add the actors of your stakeholder map');
    await expect
      .poll(() => page.inputValue('#plan-invitees-text'))
      .toContain('MKD-CIRT — State bodies, convener (cirt@example.org)');
    await page.fill('#plan-invitees-text', '');
    await page.evaluate(() => localStorage.removeItem('cgg:stakeholder-map'));
  });

  it('shows every result with the answers it rests on, passages cited by section, and a proposed agenda', async () => {
    const results = await page.$$eval('.plan__result', (rs) =>
      rs.map((r) => ({
        tree: r.getAttribute('data-tree'),
        answered: !r.querySelector('.plan__todo'),
        answers: r.querySelectorAll('.plan__answers li').length,
        citations: [...r.querySelectorAll('.plan__citation')].map((c) => c.textContent ?? ''),
      })),
    );
    expect(results.map((r) => r.tree)).toEqual([...PLAN_KINDS.partnership.trees]);
    for (const r of results) {
      expect(r.answered, r.tree!).toBe(true);
      expect(r.answers, r.tree!).toBeGreaterThan(0);
      expect(r.citations.length, r.tree!).toBeGreaterThan(0);
      // A memo's citation: authors, title, publisher and year, the section, never a slug.
      for (const c of r.citations) {
        expect(c).toMatch(/\(Geneva: DCAF, 202[12]\)/);
        expect(c).not.toMatch(/ppp-guide\/chapter-\d#|\bp\d+\b#/);
      }
    }
    const agenda = await page.inputValue('#plan-agenda-text');
    expect(agenda).toMatch(/^1\. Welcome/);
    expect(agenda).toContain('2.1 Create a stakeholder map');
    expect(agenda.indexOf('2.1 Create')).toBeLessThan(
      agenda.indexOf('2.2 Determine the appropriate level of formality'),
    );
    expect(errors).toEqual([]);
  });

  it('carries the governance self-check: counts by principle, each open point with the passage advising on it', async () => {
    const part = page.locator('.plan__part--governance');
    const text = (await part.textContent()) ?? '';
    expect(text).toMatch(/Transparency: 1 not yet/);
    expect(text).toMatch(/Accountability: 1 in place/);
    expect(text).toContain('Is financial information published? — not yet in place');
    const cited = await part.locator('.plan__citation').allTextContents();
    expect(cited.length).toBeGreaterThan(0);
    for (const c of cited) expect(c).toMatch(/\(Geneva: DCAF, 2021\)/);
    // What is in place is counted, not listed as a point to settle.
    const statuses = await part.locator('.plan__detail div strong').allTextContents();
    expect(statuses).toEqual(['not yet in place']);
  });

  it('prints in full: every line of a 40-line note, the marking on every page, no text box', async () => {
    await page.emulateMedia({ media: 'print' });
    const boxes = await page.$$eval(
      'textarea, input, select, button',
      (els) => els.filter((e) => e.getClientRects().length > 0).length,
    );
    expect(boxes, 'form controls visible in print').toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const file = join(WORK, 'plan.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync(PDFTOTEXT, ['-layout', file, '-']).toString();
    const missing = note.split('\n').filter((line) => !text.replace(/\s+/g, ' ').includes(line));
    expect(missing).toEqual([]);
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.filter((p) => !p.includes('TLP:AMBER'))).toEqual([]);
    expect(text).toContain('Sources');
    // Read as words: where a line breaks depends on the page's width.
    expect(text.replace(/\s+/g, ' ')).toMatch(
      /Made with this site, the Cybersecurity Governance Guide \(version \d+\.\d+\.\d+\)/,
    );
  });

  it('saves as a file that opens on another computer with everything in it', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Save the pack as a file')]);
    expect(download.suggestedFilename()).toMatch(/^meeting-pack-partnership-TLP-AMBER-\d{4}-\d\d-\d\d\.json$/);
    const file = join(WORK, download.suggestedFilename());
    await download.saveAs(file);

    const other = await newPage();
    await openPlan(other.page);
    expect(await other.page.$$eval('.plan__result .plan__todo', (t) => t.length)).toBe(
      PLAN_KINDS.partnership.trees.length,
    );
    await other.page.setInputFiles('.plan__open input', file);
    await other.page.waitForFunction(() => document.querySelectorAll('.plan__result .plan__todo').length === 0);
    expect(await other.page.inputValue('#plan-notes-text')).toBe(note);
    expect(await other.page.inputValue('.plan__controls select')).toBe('AMBER');
    // The tools get their answers back too.
    await other.page.goto(`${server.url}tools/maturity/`);
    await other.page.waitForSelector('[data-island][data-live]');
    expect(await other.page.textContent('.wizard__resume')).toBeTruthy();
    await other.context.close();
  });

  it('refuses a damaged file and a file that is not a pack, saying why, and loses nothing', async () => {
    const damaged = join(WORK, 'damaged.json');
    writeFileSync(damaged, '{"format":"cgg-meeting-pack","formatVersion":1,"kind":"partner');
    const foreign = join(WORK, 'other.json');
    writeFileSync(foreign, JSON.stringify({ name: 'something else', items: [1, 2] }));
    for (const [file, why] of [
      [damaged, /cannot be opened/],
      [foreign, /cannot be opened/],
    ] as const) {
      await page.setInputFiles('.plan__open input', file);
      await page.waitForSelector('.plan__problem');
      expect(await page.textContent('.plan__problem')).toMatch(why);
    }
    expect(await page.inputValue('#plan-notes-text')).toBe(note);
  });

  it('asks before a file replaces what the plan has', async () => {
    const other = join(WORK, 'other-plan.json');
    writeFileSync(
      other,
      JSON.stringify({
        format: 'cgg-meeting-pack',
        formatVersion: 1,
        savedAt: '2026-01-01T00:00:00Z',
        site: { version: '0.1.0' },
        kind: 'partnership',
        sections: { purpose: 'Another purpose', invitees: '', agenda: '', notes: '' },
        wizards: {},
      }),
    );
    await page.setInputFiles('.plan__open input', other);
    await page.waitForSelector('.plan__confirm');
    await page.click('.plan__confirm >> text=Cancel');
    expect(await page.inputValue('#plan-purpose-text')).toBe(
      'Agree how to start a national cybersecurity partnership.',
    );
  });

  it('exports to Word with headings, answers, citations and the marking in header and footer', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download Word (.docx)')]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = join(WORK, 'plan.docx');
    await download.saveAs(file);
    const parts = unzipSync(readFileSync(file));
    const body = strFromU8(parts['word/document.xml']!);
    expect(body).toContain('Heading1');
    expect(body).toContain('Purpose of the meeting');
    expect(body).toContain('The answers it rests on');
    expect(body).toMatch(/Geneva: DCAF, 202[12]/);
    expect(body).toContain('Line 40 of the convener');
    const headerFooter = Object.keys(parts).filter((p) => /word\/(header|footer)\d*\.xml/.test(p));
    expect(headerFooter.length).toBeGreaterThanOrEqual(2);
    for (const p of headerFooter) expect(strFromU8(parts[p]!), p).toContain('TLP:AMBER');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations in ${scheme} mode`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

describe('results and the plan', () => {
  it('every result of a tool that feeds a plan says whether it is in it and links there', async () => {
    const { context, page } = await newPage();
    for (const kind of Object.values(PLAN_KINDS)) {
      for (const id of kind.trees) {
        const tree = byId(id);
        await page.goto(`${server.url}tools/${id}/?${id}=${[tree.version, ...firstPath(id)].join('.')}`);
        await page.waitForSelector('[data-island][data-live] [data-outcome]');
        const href = await page.getAttribute('.wizard__in-plan a', 'href');
        expect(new URL(href!, page.url()).pathname, id).toBe(`/${kind.url}`);
      }
    }
    await context.close();
  });

  it("a result opened from a colleague's link is added with one action", async () => {
    const { context, page } = await newPage();
    const tree = byId('formality');
    await page.goto(`${server.url}tools/formality/?formality=${[tree.version, ...firstPath('formality')].join('.')}`);
    await page.waitForSelector('[data-island][data-live] [data-outcome]');
    expect(await page.getAttribute('.wizard__in-plan', 'data-in-plan')).toBeNull();
    await page.click('text=Add it to the plan');
    await openPlan(page);
    expect(await page.$eval('.plan__result[data-tree="formality"]', (r) => !r.querySelector('.plan__todo'))).toBe(true);
    await context.close();
  });

  it('a plan opened with results in its address takes them when it has none, and asks before replacing', async () => {
    const { context, page } = await newPage();
    const tree = byId('maturity');
    const [a, b] = enumeratePaths(tree);
    await page.goto(`${server.url}tools/plan/?maturity=${[tree.version, ...a!.answers].join('.')}`);
    await page.waitForSelector('.plan-island[data-live]');
    expect(await page.textContent('.plan__status')).toContain('Added to the plan from the link');
    await page.goto(`${server.url}tools/plan/?maturity=${[tree.version, ...b!.answers].join('.')}`);
    await page.waitForSelector('.plan__confirm');
    await context.close();
  });

  it('says so when the browser keeps nothing', async () => {
    const { context, page } = await newPage();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await openPlan(page);
    expect(await page.textContent('.plan__kept')).toMatch(/keeps nothing for this site/);
    await context.close();
  });
});

describe('a first visit to the plan', () => {
  it('draws the empty plan with no script at load, and a button pressed before the plan is live still works', async () => {
    const { context, page, errors } = await newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${server.url}tools/plan/`);
    await page.waitForLoadState('load');
    expect(scripts, 'no script file at load').toEqual([]);
    expect(await page.locator('.plan--server').isVisible()).toBe(true);
    expect(await page.locator('.plan--blank').isVisible()).toBe(false);
    expect(await page.locator('.plan__result .plan__todo').count()).toBe(PLAN_KINDS.partnership.trees.length);
    // Pressed at once, before the island can be live: pressed again once it is.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download Markdown')]);
    expect(download.suggestedFilename()).toMatch(/^meeting-pack-partnership-\d{4}-\d\d-\d\d\.md$/);
    expect(await page.locator('.plan-island[data-live]').count()).toBe(1);
    // The island draws what the server drew, now with the date.
    expect(await page.locator('.plan__result .plan__todo').count()).toBe(PLAN_KINDS.partnership.trees.length);
    expect(await page.textContent('.plan__head')).toMatch(/\d{4}-\d\d-\d\d/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript shows the blank template to print, not the plan it cannot run', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}tools/plan/institution/`);
    expect(await page.locator('.plan--blank').isVisible()).toBe(true);
    expect(await page.locator('.plan--server').isVisible()).toBe(false);
    await context.close();
  });
});
