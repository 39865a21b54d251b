/**
 * Sätteri HAST plugin: gives each paragraph and list a citable id (see
 * src/lib/paragraph-ids), and puts after each numbered heading of DCAF's
 * documents a "Cite" button (shown only where JavaScript runs; it copies the
 * citation of the section or of one of its paragraphs:
 * src/components/cite/cite.client.ts). The site's own pages
 * (content/site/) get no button: they are not DCAF's to cite.
 */
import type { Element } from 'hast';
import type { HastVisitorContext } from 'satteri';
import { ParagraphCounter } from '../lib/paragraph-ids.ts';

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
            if (typeof id === 'string' && !/\/content\/site\//.test(ctx.fileURL?.pathname ?? '')) {
              ctx.insertAfter(node, citeButton(id));
            }
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

/** The button; CSS shows it only where JavaScript runs (html.js, set before the page is drawn, so nothing moves). */
function citeButton(id: string): Element {
  return {
    type: 'element',
    tagName: 'button',
    properties: {
      type: 'button',
      className: ['cite-btn'],
      dataCite: id,
      ariaDescribedBy: [id],
      dataPagefindIgnore: '',
    },
    children: [{ type: 'text', value: 'Cite' }],
  };
}
