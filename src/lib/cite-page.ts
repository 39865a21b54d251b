/**
 * The citations a document page offers (its "Cite" buttons): the section a
 * heading opens and each of its citable paragraphs, from the headings above it
 * as the page prints them. Pure: the browser passes what it reads off the page.
 */
import { type CitationLink, type CitationSource, type CitedPublication, sectionOf } from './citation';

export interface CitePageData {
  publication: CitedPublication;
  /** The page's title (its h1). */
  document: string;
}

export interface PageHeading {
  id: string;
  /** 2 or 3. */
  level: number;
  text: string;
}

export interface CiteChoice {
  /** What the reader picks: "Section 2.2 “Define the hierarchical structure”", "Paragraph 3: “If a government …”". */
  label: string;
  source: CitationSource;
}

/** The headings that frame `id`, outermost first: an h3 under its h2. */
function trail(headings: readonly PageHeading[], id: string): PageHeading[] {
  const at = headings.findIndex((h) => h.id === id);
  if (at < 0) return [];
  const own = headings[at]!;
  if (own.level <= 2) return [own];
  const parent = headings.slice(0, at).findLast((h) => h.level < own.level);
  return parent ? [parent, own] : [own];
}

const firstWords = (text: string) => {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')} …` : words.join(' ');
};

/**
 * The section of heading `id` and each paragraph under it (`paragraphs`: id
 * and text, in order), each with the link `linkFor` gives its anchor.
 */
export function citeChoices(
  page: CitePageData,
  headings: readonly PageHeading[],
  id: string,
  paragraphs: readonly { id: string; text: string }[],
  linkFor: (anchor: string) => CitationLink | undefined,
): CiteChoice[] {
  const section = sectionOf(trail(headings, id).map((h) => h.text));
  const base = { publication: page.publication, document: page.document, section };
  const name = section ? `${section.number ? `${section.number} ` : ''}“${section.heading}”` : 'this section';
  return [
    { label: `Section ${name}`, source: { ...base, link: linkFor(id) } },
    ...paragraphs.map((p) => {
      const n = Number(/-p(\d+)$/.exec(p.id)?.[1]);
      return {
        label: `Paragraph ${n}: “${firstWords(p.text)}”`,
        source: { ...base, paragraph: n, link: linkFor(p.id) },
      };
    }),
  ];
}
