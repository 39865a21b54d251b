import { describe, expect, it } from 'vitest';
import { toolForSearch } from '../../../src/lib/search/tool-records';
import { enumeratePaths } from '../../../src/lib/wizard/paths';
import { fixtureTrees } from '../wizard/fixtures/index';

describe('toolForSearch', () => {
  it.each(fixtureTrees().map((t) => [t.id, t] as const))(
    '%s: every result, each with the fewest answers that reach it where the wizard has pages',
    (_, tree) => {
      const tool = toolForSearch(tree);
      expect(tool.results!.map((r) => r.id)).toEqual(tree.results.map((r) => r.id));
      const paths = enumeratePaths(tree);
      for (const r of tool.results!) {
        const reaching = paths.filter((p) => p.outcome === r.id);
        if (tree.noJs !== 'pages' || reaching.length === 0) expect(r.answers).toBeUndefined();
        else {
          expect(reaching.map((p) => p.answers)).toContainEqual(r.answers);
          expect(Math.min(...reaching.map((p) => p.answers.length))).toBe(r.answers!.length);
        }
      }
    },
  );
});
