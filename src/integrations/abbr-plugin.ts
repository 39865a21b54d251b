/**
 * Sätteri HAST plugin: wraps the first use of each glossary abbreviation on a
 * page in <abbr title="…">. The matching itself lives in src/lib/abbreviations.
 */
import type { Element, Text } from 'hast';
import type { HastVisitorContext } from 'satteri';
import { type Abbreviation, buildMatcher, markFirstUses, usesUnseen } from '../lib/abbreviations.ts';

// Text here is a name, code or already marked up: leave it alone.
const SKIP = new Set(['abbr', 'a', 'code', 'pre', 'script', 'style', 'title', 'h1']);

export function abbrPlugin(list: readonly Abbreviation[]) {
  const matcher = buildMatcher(list);
  return () => {
    const seen = new Set<string>();
    return {
      name: 'first-use-abbr',
      text(node: Readonly<Text>, ctx: HastVisitorContext) {
        // Most text uses no new abbreviation: walking up its ancestors first cost most of this plugin's time.
        if (!usesUnseen(node.value, seen, matcher)) return;
        for (let p: ReturnType<HastVisitorContext['parent']> | undefined = ctx.parent(node); p; p = ctx.parent(p)) {
          if (p.type === 'element' && SKIP.has((p as Element).tagName)) return;
        }
        const segments = markFirstUses(node.value, list, seen, matcher);
        if (segments.length === 1 && typeof segments[0] === 'string') return;
        ctx.replaceNode(
          node,
          segments.map((s) =>
            typeof s === 'string'
              ? { type: 'text', value: s }
              : {
                  type: 'element',
                  tagName: 'abbr',
                  properties: { title: s.title },
                  children: [{ type: 'text', value: s.abbr }],
                },
          ),
        );
      },
    };
  };
}
