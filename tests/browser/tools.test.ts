/**
 * The three working tools as a convener uses them, in Chromium over the built
 * site: by keyboard, at 360 px, without JavaScript, with storage blocked,
 * printed, exported and imported again; axe in light and dark with content
 * filled in (site.test.ts checks their empty start).
 *
 * The example is North Macedonia's community as Box 2 of the Guide describes
 * it (MKD-CIRT convening the public sector, universities, banks and
 * telecommunication companies) and Serbia's Cybersecurity Network (Box 4)
 * for the self-check.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { islandsLive } from '../support/islands';
import { requireDist } from '../support/dist';
import { serve, type StaticServer } from '../support/server';

requireDist();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await serve();
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

async function open(path: string, opts: { width?: number; js?: boolean; blockStorage?: boolean } = {}) {
  const context = await browser.newContext({
    viewport: { width: opts.width ?? 1280, height: 900 },
    javaScriptEnabled: opts.js ?? true,
    bypassCSP: true, // axe-core is injected
  });
  contexts.push(context);
  if (opts.blockStorage) {
    // As in a browser with site data turned off: touching localStorage throws.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + path);
  if (opts.js ?? true) await live(page);
  return { page, context, errors };
}

/** Every island on the page has hydrated and handles input itself (each starts on intent: brought into view). */
const live = (page: Page) => islandsLive(page, 30_000);

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const run = (
      window as unknown as {
        axe: {
          run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe.run;
    const r = await run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, AXE_TAGS);
}

async function axeLightAndDark(page: Page) {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    found.push(...(await axe(page)).map((v) => `${scheme}: ${v}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

/** The page is no wider than the window: nothing pushes it sideways (tables scroll inside their own box). */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Presses Tab until `selector` has focus. */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 150; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const text = async (d: Download) => {
  const chunks: Buffer[] = [];
  for await (const c of (await d.createReadStream()) as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
};

describe('compare the five PPP types', () => {
  it('without JavaScript shows all five types for every aspect, readable at 360 px', async () => {
    const { page } = await open('tools/compare/', { js: false, width: 360 });
    const aspects = await page.locator('.cmp__aspect').count();
    expect(aspects).toBe(9);
    for (const cells of await page.locator('.cmp__cells').evaluateAll((els) => els.map((e) => e.children.length)))
      expect(cells).toBe(5);
    expect(await page.locator('.cmp__picker').count()).toBe(0);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    // Where the text is silent, the cell says so (never blank).
    const blank = await page
      .locator('.cmp__cell')
      .evaluateAll((els) => els.filter((e) => !e.querySelector('.tq, .site-note')).length);
    expect(blank).toBe(0);
  });

  it('by keyboard: tick two types, see them side by side, share the link; a fourth is refused', async () => {
    const { page, errors } = await open('tools/compare/');
    await tabTo(page, '.cmp__choices li:first-child input');
    await page.keyboard.press('Space');
    // The fifth type: Tab past the others.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('types'))
      .toBe('critical-infrastructure,policy-discussions');
    expect(await page.locator('.cmp__aspect').first().locator('.cmp__type').allTextContents()).toEqual([
      '3.1 Critical infrastructure',
      '3.5 Policy discussions',
    ]);
    // Side by side: the two cells of an aspect share one row.
    const tops = await page
      .locator('.cmp__aspect >> nth=0')
      .locator('.cmp__cell')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(tops[0]).toBe(tops[1]);
    await page.locator('.cmp__choices input >> nth=1').check();
    expect(await page.locator('.cmp__choices input:disabled').count()).toBe(2);
    await page.getByRole('button', { name: 'Show all five' }).click();
    expect(await page.locator('.cmp__aspect >> nth=0').locator('.cmp__cell').count()).toBe(5);
    expect(new URL(page.url()).searchParams.get('types')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('a link to #type-<id> (as from the PPP-type result) starts from that type, and a shared pick reopens', async () => {
    const { page } = await open('tools/compare/#type-resources-and-expertise');
    expect(await page.locator('.cmp__choices input:checked').count()).toBe(1);
    expect(await page.locator('.cmp__aspect >> nth=0').locator('.cmp__type').first().textContent()).toBe(
      '3.4 Resources and expertise',
    );
    const shared = await open('tools/compare/?types=situational-awareness,cybersecurity-culture,policy-discussions');
    expect(await shared.page.locator('.cmp__aspect >> nth=0').locator('.cmp__cell').count()).toBe(3);
  });

  it('side by side at 360 px stays one column, and prints the pick on A4', async () => {
    const { page } = await open('tools/compare/?types=critical-infrastructure,policy-discussions', { width: 360 });
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.cmp__picker').isVisible()).toBe(false);
    expect(await page.locator('.cmp__aspect >> nth=0').locator('.cmp__cell').count()).toBe(2);
  });

  it('has no axe violations with three types side by side, light and dark', async () => {
    const { page } = await open(
      'tools/compare/?types=critical-infrastructure,situational-awareness,policy-discussions',
    );
    expect(await axeLightAndDark(page)).toEqual([]);
  });
});

/** North Macedonia's community (Box 2): MKD-CIRT convenes the public sector, universities, banks and telecoms. */
const MACEDONIA = [
  { name: 'MKD-CIRT', sector: 'State bodies', role: 'Convener', benefits: ['Overview of cybersecurity actors'] },
  { name: 'A ministry (public sector)', sector: 'State bodies', role: 'Member', benefits: [] },
  { name: 'A university', sector: 'Academia', role: 'Member', capacity: 'Yes', benefits: ['Participation in'] },
  { name: 'A bank', sector: 'Private businesses', role: 'Member', benefits: ['Pooling and sharing'] },
  { name: 'A telecommunication company', sector: 'Private businesses', role: 'External contact', benefits: [] },
];

async function addActor(page: Page, a: (typeof MACEDONIA)[number]) {
  await page.fill('#sh-name', a.name);
  await page.selectOption('#sh-sector', { label: a.sector });
  await page.getByRole('radio', { name: a.role, exact: true }).check();
  if (a.capacity)
    await page.locator('fieldset', { hasText: 'capacity building' }).getByRole('radio', { name: a.capacity }).check();
  for (const b of a.benefits) await page.getByRole('checkbox', { name: new RegExp(`^${b}`) }).check();
  await page.getByRole('button', { name: 'Add to the map' }).click();
  await expect.poll(() => page.locator('.sh-status').textContent()).toBe(`Added ${a.name} to the map.`);
}

describe('stakeholder map', () => {
  it('without JavaScript is a blank template: one table per sector, Table 3 benefits numbered', async () => {
    const { page } = await open('tools/stakeholders/', { js: false, width: 360 });
    expect(await page.locator('.sh-template__table').count()).toBe(6);
    expect(await page.locator('.sh-template__benefits li').count()).toBe(9);
    expect(await page.locator('#sh-name').count()).toBe(0);
    expect(await page.locator('noscript').count()).toBe(1);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  });

  it('by keyboard alone: add an actor, with errors named first when something is missing', async () => {
    const { page, errors } = await open('tools/stakeholders/');
    await tabTo(page, '#sh-name');
    await page.keyboard.press('Enter'); // submits the empty form
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('sh-errors');
    expect(await page.locator('.sh-errors li').allTextContents()).toEqual([
      'Enter the name of the organisation or group',
      'Choose a sector',
    ]);
    await tabTo(page, '#sh-name');
    await page.keyboard.type('MKD-CIRT');
    await page.keyboard.press('Tab'); // the sector select
    await page.keyboard.press('ArrowDown'); // State bodies
    await page.keyboard.press('Tab'); // the role radios, on the one ticked: "Not decided yet", the last
    await page.keyboard.press('ArrowDown'); // wraps round to the first, Convener
    expect(await page.locator('input[name="sh-role"]:checked').getAttribute('value')).toBe('convener');
    await tabTo(page, 'input[type="checkbox"]'); // Table 3's first benefit for the state sector
    await page.keyboard.press('Space');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.sh-list__name').allTextContents()).toEqual(['MKD-CIRT']);
    expect(await page.locator('.sh-list__meta').textContent()).toContain('State bodies · Convener');
    expect(await page.locator('.sh-list__details').textContent()).toContain(
      'Access to the advanced resources of the non-state sector',
    );
    expect(await page.locator('.sh-chip--convener title').textContent()).toBe('MKD-CIRT');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sh-name');
    expect(errors).toEqual([]);
  });

  it("a convener's real case: list North Macedonia's community, see the map, export, import it elsewhere", async () => {
    const { page } = await open('tools/stakeholders/');
    for (const a of MACEDONIA) await addActor(page, a);
    expect(await page.locator('.sh-chip').count()).toBe(5);
    expect(await page.locator('.sh-band--empty').count()).toBe(3); // civil society, technical community, international
    const table = await page.locator('.sh-table tbody tr', { hasText: 'Private businesses' }).textContent();
    expect(table).toContain('A bank');
    expect(table).toContain('A telecommunication company');

    // Kept in this browser: a reload shows the same list.
    await page.reload();
    await live(page);
    expect(await page.locator('.sh-list__name').allTextContents()).toEqual(MACEDONIA.map((a) => a.name));

    // Edit and remove, with undo.
    await page.getByRole('button', { name: 'Edit A bank' }).click();
    await page.fill('#sh-interest', 'Incident reporting procedures');
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect(await page.locator('.sh-list li', { hasText: 'A bank' }).textContent()).toContain(
      'Incident reporting procedures',
    );
    await page.getByRole('button', { name: 'Remove A university' }).click();
    expect(await page.locator('.sh-list__name').count()).toBe(4);
    // Focus lands on Undo (the Remove button is gone); Enter brings the actor back in its place.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Undo: put A university back');
    await page.keyboard.press('Enter');
    expect(await page.locator('.sh-list__name').nth(2).textContent()).toBe('A university');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sh-list');

    const csv = await text(
      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /Download CSV/ }).click(),
      ]).then(([d]) => d),
    );
    expect(csv.startsWith('\uFEFFName,Sector,Role,')).toBe(true);
    expect(csv).toContain('MKD-CIRT,State bodies,Convener,');
    const json = await text(
      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download JSON' }).click(),
      ]).then(([d]) => d),
    );
    const md = await text(
      await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download Markdown' }).click(),
      ]).then(([d]) => d),
    );
    expect(md).toContain('## Academia (1)\n\n### A university');
    expect(md).toContain('## Civil society (0)');

    // On another computer (a fresh browser profile): import the CSV, then the JSON.
    for (const [name, body] of [
      ['macedonia.csv', csv],
      ['macedonia.json', json],
    ] as const) {
      const other = await open('tools/stakeholders/');
      await other.page.setInputFiles('#sh-import', { name, mimeType: 'text/plain', buffer: Buffer.from(body) });
      expect(await other.page.locator('.sh-import').textContent()).toContain('5 actors can be imported.');
      await other.page.getByRole('button', { name: 'Import them' }).click();
      expect(await other.page.locator('.sh-list__name').allTextContents()).toEqual(
        await page.locator('.sh-list__name').allTextContents(),
      );
      expect(await other.page.locator('.sh-list').textContent()).toBe(await page.locator('.sh-list').textContent());
    }
  });

  it('an import with bad rows names each row and why, keeps the good ones, and changes nothing until confirmed', async () => {
    const { page } = await open('tools/stakeholders/');
    await addActor(page, MACEDONIA[0]!);
    const csv = 'Name;Sector;Role\nA bank;Private businesses;Member\n;Academia;Member\nA telecom;Goverment;Member\n';
    await page.setInputFiles('#sh-import', { name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const panel = page.locator('.sh-import');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('sh-import');
    expect(await panel.locator('.sh-import__problems li').allTextContents()).toEqual([
      'Row 3: the name is empty.',
      expect.stringMatching(/^Row 4: sector “Goverment” is not one of “State bodies”/),
    ]);
    expect(await page.locator('.sh-list__name').count()).toBe(1);
    await page.getByRole('button', { name: 'Add them to your list' }).click();
    expect(await page.locator('.sh-list__name').allTextContents()).toEqual(['MKD-CIRT', 'A bank']);
  });

  it('with storage blocked, says so, still works, and offers the downloads', async () => {
    const { page, errors } = await open('tools/stakeholders/', { blockStorage: true });
    expect(await page.locator('.tool-notice[role="alert"]').textContent()).toContain(
      'This browser does not let the page keep your list.',
    );
    await addActor(page, MACEDONIA[0]!);
    expect(await page.locator('.sh-list__name').count()).toBe(1);
    expect(await page.getByRole('button', { name: /Download CSV/ }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('at 360 px nothing pushes the page sideways; print shows the map, or the blank template alone', async () => {
    const { page } = await open('tools/stakeholders/', { width: 360 });
    for (const a of MACEDONIA.slice(0, 3)) await addActor(page, a);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sh-form').isVisible()).toBe(false);
    expect(await page.locator('.sh-map__svg').isVisible()).toBe(true);
    expect(await page.locator('.sh-template').isVisible()).toBe(false);
    await page.evaluate(() => document.documentElement.setAttribute('data-print', 'template'));
    expect(await page.locator('.sh-template').isVisible()).toBe(true);
    expect(await page.locator('.sh-map__svg').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
  });

  it('has no axe violations with a community listed and an import open, light and dark', async () => {
    const { page } = await open('tools/stakeholders/');
    for (const a of MACEDONIA) await addActor(page, a);
    await page.setInputFiles('#sh-import', {
      name: 'x.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Name,Sector\nX,Nowhere\n'),
    });
    await page.getByRole('button', { name: 'Add to the map' }).click(); // and the error summary
    expect(await axeLightAndDark(page)).toEqual([]);
  });
});

/** Serbia's Cybersecurity Network (Box 4) as a member might judge it; the answers are this test's. */
const SERBIA: Record<string, string> = {
  'gov-action-plan': 'Partly',
  'gov-evaluate-results': 'Not yet',
  'gov-public-money': 'Not applicable',
  'gov-academia-civil-society': 'In place',
  'gov-financial-information': 'Not yet',
};

describe('good-governance self-check', () => {
  it('without JavaScript is a checklist whose boxes can be ticked, and no summary', async () => {
    const { page } = await open('tools/governance/', { js: false, width: 360 });
    expect(await page.locator('.gov__principle').count()).toBe(6);
    expect(await page.locator('.gov__check').count()).toBeGreaterThanOrEqual(18);
    await page.locator('input[name="gov-objective"][value="in-place"]').check();
    expect(await page.locator('input[name="gov-objective"]:checked').count()).toBe(1);
    expect(await page.locator('.gov-summary').count()).toBe(0);
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  });

  it('by keyboard: answer, see the summary per principle with the advice, keep it across a reload', async () => {
    const { page, errors } = await open('tools/governance/');
    await tabTo(page, '#gov-ppp');
    await page.keyboard.type('Cybersecurity Network Foundation (Serbia)');
    await tabTo(page, 'input[name="gov-action-plan"]'); // past Table 1's link, to the first check's first answer
    await page.keyboard.press('ArrowRight'); // In place -> Partly
    expect(await page.locator('input[name="gov-action-plan"]:checked').getAttribute('value')).toBe('partly');
    for (const [name, label] of Object.entries(SERBIA).slice(1))
      await page.locator(`fieldset:has(input[name="${name}"])`).getByRole('radio', { name: label }).check();
    const row = (name: string) =>
      page.locator('.gov-table tbody tr', { hasText: name }).locator('td').allTextContents();
    expect(await row('Accountability')).toEqual(['0', '1', '1', '1', '0']);
    expect(await row('Transparency')).toEqual(['0', '0', '1', '0', '6']);
    expect(await page.locator('#gov-summary').textContent()).toBe('Summary: Cybersecurity Network Foundation (Serbia)');
    const advice = await page.locator('.gov-advice').allTextContents();
    expect(advice.join(' ')).toContain('monitoring and evaluating results');
    expect(advice.join(' ')).toContain('financial information, especially for PPPs that are financed by public money');
    expect(await page.locator('.gov-chart > svg rect.gov-mark--in-place').count()).toBe(1);
    await page.reload();
    await live(page);
    expect(await row('Accountability')).toEqual(['0', '1', '1', '1', '0']);
    expect(await page.inputValue('#gov-ppp')).toBe('Cybersecurity Network Foundation (Serbia)');
    expect(errors).toEqual([]);
  });

  it('exports Markdown and JSON, and the JSON brings the answers to another browser', async () => {
    const { page } = await open('tools/governance/');
    for (const [name, label] of Object.entries(SERBIA))
      await page.locator(`fieldset:has(input[name="${name}"])`).getByRole('radio', { name: label }).check();
    const save = async (button: string) =>
      text(
        await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]).then(
          ([d]) => d,
        ),
      );
    const md = await save('Download Markdown');
    expect(md).toContain('- **Accountability**: 1 partly, 1 not yet, 1 not applicable');
    const json = await save('Download JSON');
    const other = await open('tools/governance/');
    await other.page.setInputFiles('#gov-import', {
      name: 'check.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await expect
      .poll(() => other.page.locator('.gov__keep [role="status"]').textContent())
      .toBe('Imported 5 answers from check.json.');
    expect(await other.page.locator('.gov-table tbody').textContent()).toBe(
      await page.locator('.gov-table tbody').textContent(),
    );
    await other.page.setInputFiles('#gov-import', {
      name: 'map.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"actors":[]}'),
    });
    await expect
      .poll(() => other.page.locator('.gov__keep [role="status"]').textContent())
      .toContain('map.json was not imported.');
  });

  it('prints the checklist with the answers and the summary on A4', async () => {
    const { page } = await open('tools/governance/');
    for (const [name, label] of Object.entries(SERBIA))
      await page.locator(`fieldset:has(input[name="${name}"])`).getByRole('radio', { name: label }).check();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.gov-summary').isVisible()).toBe(true);
    expect(await page.locator('.gov__keep').isVisible()).toBe(false);
    expect(await page.locator('input[name="gov-evaluate-results"][value="not-yet"]').isChecked()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it('with storage blocked, says so and still sums up', async () => {
    const { page } = await open('tools/governance/', { blockStorage: true });
    expect(await page.locator('.tool-notice[role="alert"]').textContent()).toContain(
      'does not let the page keep your answers',
    );
    await page.locator('input[name="gov-objective"][value="in-place"]').check();
    expect(
      await page.locator('.gov-table tbody tr', { hasText: 'Effectiveness' }).locator('td').first().textContent(),
    ).toBe('1');
  });

  it('has no axe violations with answers and advice shown, light and dark', async () => {
    const { page } = await open('tools/governance/');
    for (const [name, label] of Object.entries(SERBIA))
      await page.locator(`fieldset:has(input[name="${name}"])`).getByRole('radio', { name: label }).check();
    await page.locator('.gov__ground summary').first().click();
    expect(await axeLightAndDark(page)).toEqual([]);
  });
});

describe('reached from the documents and the tool list', () => {
  it.each([
    ['ppp-guide/chapter-1/', 'tools/governance/'],
    ['ppp-guide/chapter-2/', 'tools/stakeholders/'],
    ['ppp-guide/chapter-3/', 'tools/compare/'],
    ['tools/', 'tools/compare/'],
    ['', 'tools/stakeholders/'],
  ])('%s links to %s', async (from, to) => {
    const { page } = await open(from, { js: false });
    const link = page.locator(`main a[href="/${to}"]`).first();
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL(server.url + to);
  });
});
