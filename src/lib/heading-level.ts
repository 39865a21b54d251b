/**
 * The heading level for a block placed in a Markdown/MDX document: one below
 * the last heading before it, so an embedded tool adds no h2 inside an h3
 * section. The page title is the h1, so a block before any heading gets 2.
 */
export function levelAfterHeadings(markdown: string, marker: string): 2 | 3 | 4 | 5 | 6 {
  const at = markdown.indexOf(marker);
  const before = at < 0 ? '' : markdown.slice(0, at);
  let depth = 1;
  let fenced = false;
  for (const line of before.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^(#{1,6})\s+\S/.exec(line);
    if (heading) depth = heading[1]!.length;
  }
  return Math.min(6, Math.max(2, depth + 1)) as 2 | 3 | 4 | 5 | 6;
}
