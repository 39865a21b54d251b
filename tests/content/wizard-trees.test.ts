/**
 * Every assessment in content/wizards passes validateTree, with shared.json
 * and with its anchors and quotes checked against the built site; shared.json
 * passes validateShared. Needs dist/ (npm test builds it).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { walk } from '../../src/lib/wizard/engine';
import { enumeratePaths } from '../../src/lib/wizard/paths';
import { decodeState, encodeState, parseStored, serializeStored } from '../../src/lib/wizard/state';
import type { WizardTree } from '../../src/lib/wizard/types';
import { sharedSchema } from '../../src/lib/wizard/shared';
import { validateShared, validateTree } from '../../src/lib/wizard/validate';
import { brokenFixtures } from '../lib/wizard/fixtures/broken';
import { fixtureTrees, shared as sharedFixture } from '../lib/wizard/fixtures/index';
import { requireDist, DIST } from '../support/dist';
import { distChecks, readSharedInput } from '../../src/integrations/wizard-validation';
import { readTreeFiles } from '../wizards/path-tables';

beforeAll(requireDist);

const files = readTreeFiles();
const sharedInput = readSharedInput(join(import.meta.dirname, '..', '..', 'content', 'wizards'));

describe('content/wizards trees', () => {
  if (files.length === 0) {
    it('(no trees in content/wizards yet: the checks below run on the test fixtures only)', () => {
      expect(files).toEqual([]);
    });
  }

  it.each(files.map((f) => [f.name, f] as const))('%s is valid, and grounded in the built documents', (_, file) => {
    const shared = sharedSchema.parse(sharedInput);
    const problems = validateTree(file.data, { ...distChecks(DIST), shared }).map((p) => p.message);
    expect(problems, `${file.path}:\n  ${problems.join('\n  ')}`).toEqual([]);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s is named after its id', (name, file) => {
    expect((file.data as { id?: unknown }).id, `${file.path}: the file name must be the tree's id`).toBe(name);
  });

  it.each(files.map((f) => [f.name, f] as const))('%s: every path survives a link and a reload', (_, file) => {
    if (validateTree(file.data).length > 0) return; // reported above
    const tree = file.data as WizardTree;
    for (const { answers, outcome } of enumeratePaths(tree)) {
      expect(decodeState(tree, encodeState(tree, answers))).toEqual({ ok: true, answers });
      expect(parseStored(serializeStored(tree, answers), tree)).toMatchObject({ ok: true, answers });
      const result = walk(tree, answers);
      expect(result.ok && result.done && result.result.id).toBe(outcome);
    }
  });

  it('shared.json is valid, and its conflicts point at results that exist, with quotes found', () => {
    const trees = files.map((f) => f.data as WizardTree);
    expect(validateShared(sharedInput, trees, distChecks(DIST)).map((p) => p.message)).toEqual([]);
  });

  it('no two trees share an id', () => {
    const ids = files.map((f) => (f.data as { id?: unknown }).id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('the dist-based source checks (on the fixtures)', () => {
  it("find the fixtures' anchors and quotes in the built pages", () => {
    for (const tree of fixtureTrees()) expect(validateTree(tree, distChecks(DIST)).map((p) => p.message)).toEqual([]);
    expect(validateShared(sharedFixture(), fixtureTrees(), distChecks(DIST))).toEqual([]);
  });

  it('catch a missing anchor, a missing page and a quote the page lacks', () => {
    const sources = distChecks(DIST);
    for (const rule of ['missing-anchor', 'quote-not-found'] as const) {
      for (const fixture of brokenFixtures.filter((f) => f.rule === rule)) {
        expect(
          validateTree(fixture.tree, sources).map((p) => p.message),
          fixture.name,
        ).toContain(fixture.message);
      }
    }
  });

  it('match quotes across curly quotes, dashes and line breaks, but not text the site added', () => {
    const { quoteFound, anchorExists } = distChecks(DIST);
    expect(quoteFound('ppp-guide/chapter-3', 'Given their broad and ‘soft’ goals,\nPPPs of this type')).toBe(true);
    expect(
      quoteFound(
        'ppp-guide/chapter-3',
        'Steps such as selecting relevant partners and a suitable organizational structure - be it formal',
      ),
    ).toBe(true);
    expect(quoteFound('ppp-guide/chapter-3', 'All documents')).toBe(false);
    expect(quoteFound('../../etc/passwd', 'root')).toBe(false);
    expect(anchorExists('ppp-guide/chapter-3', 'box-4')).toBe(true);
    expect(anchorExists('ppp-guide/chapter-3', 'box')).toBe(false);
  });
});
