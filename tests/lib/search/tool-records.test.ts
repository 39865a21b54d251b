import { describe, expect, it } from 'vitest';
import { toolForSearch } from '../../../src/lib/search/tool-records';
import { enumeratePaths } from '../../../src/lib/wizard/paths';
import { decodeState } from '../../../src/lib/wizard/state';
import { fixtureTrees } from '../wizard/fixtures/index';

describe('toolForSearch', () => {
  it.each(fixtureTrees().map((t) => [t.id, t] as const))(
    '%s: every result, shown by the fewest answers that reach it, on its page or in the address',
    (_, tree) => {
      const tool = toolForSearch(tree);
      expect(tool.results!.map((r) => r.id)).toEqual(tree.results.map((r) => r.id));
      const paths = enumeratePaths(tree);
      for (const r of tool.results!) {
        const reaching = paths.filter((p) => p.outcome === r.id);
        const fewest = Math.min(...reaching.map((p) => p.answers.length));
        const answers =
          tree.noJs === 'pages'
            ? r.url!.replace(`tools/${tree.id}/`, '').split('/').filter(Boolean)
            : (() => {
                const d = decodeState(tree, new URLSearchParams(r.url!.split('?')[1]).get(tree.id));
                if (!d.ok) throw new Error(d.error.message);
                return d.answers;
              })();
        expect(reaching.map((p) => p.answers)).toContainEqual(answers);
        expect(answers.length).toBe(fewest);
      }
    },
  );

  it('stops on answers that reach no result or more than one, naming them and why', () => {
    const tree = fixtureTrees()[0]!;
    const gap = { ...tree, rules: tree.rules.slice(1) };
    expect(() => toolForSearch(gap)).toThrow(
      /^[\w-]+: answers ".*": no rule matches these answers \(run validateTree\)$/,
    );
    const overlap = { ...tree, rules: [...tree.rules, { ...tree.rules[0]!, id: 'again' }] };
    expect(() => toolForSearch(overlap)).toThrow(/: rules ".+", "again" all match these answers \(run validateTree\)$/);
  });
});
