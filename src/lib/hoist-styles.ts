/**
 * Astro writes its island stylesheet (`astro-island{display:contents}`) inline
 * where the first island renders. Inside MDX that is the body, where HTML does
 * not allow <style>. This moves such <style> elements into <head>, once.
 */
const STYLE = /<style>astro-island[^<]*<\/style>/g;

export function hoistIslandStyles(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const head = html.slice(0, headEnd);
  const body = html.slice(headEnd);
  const found = body.match(STYLE);
  if (!found) return html;
  const missing = [...new Set(found)].filter((s) => !head.includes(s));
  return head + missing.join('') + body.replace(STYLE, '');
}
