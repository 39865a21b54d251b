/**
 * The rules of a page's heading outline, which screen-reader users navigate
 * by: one h1 first; no level skipped on the way down; and a tool embedded in
 * a document sits inside the section it is placed in (its heading deeper than
 * that section's), with its own headings deeper than its title, so heading
 * navigation does not file the chapter's later sections under the tool.
 * Pure: the headings in, the problems out (tests/content/heading-order.test.ts
 * reads them from every built page).
 */
export interface OutlineHeading {
  level: number;
  text: string;
  /** The id of the embedded tool (.wizard-embed) the heading is in, if any. */
  embed?: string | undefined;
}

const name = (h: OutlineHeading) => `h${h.level} "${h.text.replace(/\s+/g, ' ').trim().slice(0, 60)}"`;

export function outlineProblems(headings: readonly OutlineHeading[]): string[] {
  const problems: string[] = [];
  const h1s = headings.filter((h) => h.level === 1);
  if (h1s.length !== 1) problems.push(`${h1s.length} h1 headings, not one`);
  if (headings[0] && headings[0].level !== 1) problems.push(`the first heading is ${name(headings[0])}, not the h1`);
  let outside: OutlineHeading | undefined; // the last heading outside any tool
  let title: OutlineHeading | undefined; // the current tool's own heading
  headings.forEach((h, i) => {
    const before = headings[i - 1];
    if (before && h.level > before.level + 1) problems.push(`${name(h)} after ${name(before)} skips a level`);
    if (!h.embed) {
      outside = h;
      title = undefined;
      return;
    }
    if (!title || title.embed !== h.embed) {
      title = h;
      if (outside && h.level <= outside.level)
        problems.push(`the tool ${name(h)} is not inside the section ${name(outside)} it is placed in`);
    } else if (h.level <= title.level) {
      problems.push(`${name(h)} in the tool ${name(title)} is not under its title`);
    }
  });
  return problems;
}
