/**
 * The reading text of a built page: what is inside <main>, without what the
 * site itself added (elements marked data-editorial) and without footnote
 * markers. Block elements become word breaks; inline ones (abbr, a, em) don't.
 */
import { parse } from 'node-html-parser';

const BLOCK =
  /<\/?(?:p|li|ul|ol|h[1-6]|table|caption|thead|tbody|tfoot|tr|td|th|div|section|aside|figure|figcaption|blockquote|dl|dt|dd|br|hr|nav|header|footer|main|article|details|summary)\b[^>]*>/gi;

/** What a page's reading text leaves out: what the site added (data-editorial), footnote markers, code. */
export const NOT_READING_TEXT = '[data-editorial], [data-fnref], script, style, template';

/** The page's <main> element as written (undefined if it has none): all that is parsed of a page. */
export function mainHtml(html: string): string | undefined {
  const start = html.indexOf('<main');
  const end = start < 0 ? -1 : html.indexOf('</main>', start);
  return end < 0 ? undefined : html.slice(start, end + '</main>'.length);
}

export function mainText(html: string, selector = 'main'): string {
  // Only <main> is parsed when it is what is asked for: the page around it (head, navigation) cost as much again.
  const root = parse((selector === 'main' && mainHtml(html)) || html);
  const main = root.querySelector(selector);
  if (!main) return '';
  for (const el of main.querySelectorAll(NOT_READING_TEXT)) el.remove();
  const flattened = main.innerHTML.replace(BLOCK, ' ');
  return parse(`<div>${flattened}</div>`).text.replace(/\s+/g, ' ').trim();
}
