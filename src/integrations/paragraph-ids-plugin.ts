/** Sätteri HAST plugin: gives each paragraph and list a citable id (see src/lib/paragraph-ids). */
import type { Element } from 'hast';
import type { HastVisitorContext } from 'satteri';
import { ParagraphCounter } from '../lib/paragraph-ids';

export function paragraphIdsPlugin() {
  return () => {
    const counter = new ParagraphCounter();
    return {
      name: 'paragraph-ids',
      element: {
        filter: ['h2', 'h3', 'p', 'ul', 'ol', 'blockquote', 'table'],
        visit(node: Readonly<Element>, ctx: HastVisitorContext) {
          const id = node.properties?.id;
          if (node.tagName === 'h2' || node.tagName === 'h3') {
            counter.heading(typeof id === 'string' ? id : undefined);
            return;
          }
          // Only top-level blocks: a paragraph inside a list item or table belongs to it.
          const parent = ctx.parent(node);
          if (parent?.type === 'element' && ['li', 'td', 'th', 'blockquote'].includes((parent as Element).tagName))
            return;
          if (typeof id === 'string') return;
          ctx.setProperty(node, 'id', counter.next());
        },
      },
    };
  };
}
