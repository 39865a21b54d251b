/**
 * The reading order of the site: documents grouped by publication, sorted by
 * `order`, with previous/next links. Pure, so it is tested without Astro.
 */
export interface NavHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface NavDocument {
  id: string;
  publication: string;
  title: string;
  navTitle?: string | undefined;
  order: number;
  headings: NavHeading[];
}

export interface NavGroup<D extends NavDocument = NavDocument> {
  publication: string;
  documents: D[];
}

export function groupDocuments<D extends NavDocument>(
  docs: readonly D[],
  publicationOrder: readonly string[],
): NavGroup<D>[] {
  const unknown = docs.find((d) => !publicationOrder.includes(d.publication));
  if (unknown) throw new Error(`Document "${unknown.id}" names unknown publication "${unknown.publication}"`);
  return publicationOrder
    .map((publication) => ({
      publication,
      documents: docs
        .filter((d) => d.publication === publication)
        .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
    }))
    .filter((g) => g.documents.length > 0);
}

/** Previous and next document in reading order, across publications. */
export function neighbours<D extends NavDocument>(groups: readonly NavGroup<D>[], id: string): { prev?: D; next?: D } {
  const flat = groups.flatMap((g) => g.documents);
  const i = flat.findIndex((d) => d.id === id);
  if (i < 0) return {};
  return { prev: flat[i - 1], next: flat[i + 1] };
}

/** Headings for an on-page table of contents: h2 and h3 only. */
export function tocHeadings(headings: readonly NavHeading[]): NavHeading[] {
  return headings.filter((h) => h.depth === 2 || h.depth === 3);
}
