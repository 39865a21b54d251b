/**
 * From an anchor ("2-2-hierarchical-structure-p3", "box-4", "table-2",
 * "fn-5") to a full citation: where on its page the anchor sits (the headings
 * above it) and what it is (Box 4, Table 2, note 5). So exports cite a
 * wizard's passage by section and paragraph, never by slug. Pure: the places
 * are read from a page's MDX source at build time.
 */
import { type CitationLink, type CitationSource, type CitedPublication, paragraphOf, sectionOf } from './citation';

export interface AnchorPlace {
  /** The headings above the anchor, outermost first, as the page prints them. */
  headings: string[];
  /** What the anchor is, when it is not a heading: 'Box 4 “Serbia’s …”', 'Table 2 “…”', 'note 5'. */
  element?: string;
}

const HEADING = /^(#{2,6})\s+(.+?)\s*\{#([a-z0-9-]+)\}\s*$/;
const TABLE = /<table\b[^>]*\bid="([^"]+)"/;
const CAPTION = /<caption>\s*(Table \d+)\s+(.+?)\s*<\/caption>/;
const BOX = /<Box\s+number=\{(\d+)\}\s+title="([^"]+)"/;
const EXAMPLE = /<Example\s+id="([^"]+)"\s+title="([^"]+)"/;
const NOTE_REF = /<FootnoteRef\s+n=\{(\d+)\}/g;

/** Every citable id of a page's MDX source, with its place. */
export function anchorPlaces(mdx: string): Record<string, AnchorPlace> {
  const places: Record<string, AnchorPlace> = {};
  let trail: string[] = [];
  let table: string | undefined;
  const put = (id: string, element?: string) => {
    if (!places[id]) places[id] = { headings: [...trail], ...(element ? { element } : {}) };
  };
  for (const line of mdx.split('\n')) {
    const h = HEADING.exec(line);
    if (h) {
      trail = [...trail.slice(0, h[1]!.length - 2), h[2]!];
      put(h[3]!);
      continue;
    }
    const t = TABLE.exec(line);
    if (t) table = t[1];
    const c = CAPTION.exec(line);
    if (c && table) {
      put(table, `${c[1]} “${c[2]}”`);
      table = undefined;
    }
    const b = BOX.exec(line);
    if (b) put(`box-${b[1]}`, `Box ${b[1]} “${b[2]}”`);
    const e = EXAMPLE.exec(line);
    if (e) put(e[1]!, `example “${e[2]}”`);
    // A note is cited where the text refers to it, not where the notes are listed.
    for (const n of line.matchAll(NOTE_REF)) put(`fn-${n[1]}`, `note ${n[1]}`);
  }
  return places;
}

export interface CitableDocument {
  /** The page's title. */
  title: string;
  publication: CitedPublication;
  places: Readonly<Record<string, AnchorPlace>>;
}

/**
 * The citation of the passage at `anchor` on `doc`: a paragraph id cites its
 * section and paragraph number; "intro-p2" the page and paragraph; an element
 * its section and itself. An anchor the page does not have cites the page.
 */
export function citationSourceFor(doc: CitableDocument, anchor: string, link?: CitationLink): CitationSource {
  const paragraph = paragraphOf(anchor);
  const id = paragraph === undefined ? anchor : anchor.replace(/-p\d+$/, '');
  const place = doc.places[id];
  return {
    publication: doc.publication,
    document: doc.title,
    section: place ? sectionOf(place.headings) : undefined,
    element: place?.element,
    paragraph,
    link,
  };
}
