/**
 * Where every citable anchor of the documents is, read once per build from
 * the content layer (each page's MDX and its frontmatter citation): for the
 * plan and the exports, which cite passages by section and paragraph, never
 * by slug (src/lib/citation.ts, src/lib/citation-anchors.ts).
 */
import { type CitableDocument, citationSourceFor, anchorPlaces } from '../lib/citation-anchors';
import { type CitedPublication, parsePublicationCitation } from '../lib/citation';
import { type CitationMap, citationKey } from '../lib/pack/build';
import { PUBLICATIONS } from '../lib/publications';
import type { Citation } from '../lib/wizard/types';
import type { IslandTree } from '../lib/wizard/island';
import { loadDocuments } from './documents';

let cache: Promise<Map<string, CitableDocument>> | undefined;

export function citableDocuments(): Promise<Map<string, CitableDocument>> {
  cache ??= (async () => {
    const docs = (await loadDocuments()).flatMap((g) => g.documents);
    return new Map(
      docs.map((d) => {
        const { publication, citation, title } = d.entry.data;
        const cited = parsePublicationCitation(citation, publication, PUBLICATIONS[publication].citationBy);
        if (!cited)
          throw new Error(
            `${d.entry.filePath}: its citation is not in DCAF's form "Authors, Title (Place: Publisher, Year)"`,
          );
        return [d.id, { title, publication: cited, places: anchorPlaces(d.entry.body ?? '') }] as const;
      }),
    );
  })();
  return cache;
}

/** Every passage these trees cite (results, notes, their conflicts), and any others given, placed. */
export async function citationsOf(
  trees: readonly IslandTree[],
  others: readonly Pick<Citation, 'doc' | 'anchor'>[] = [],
): Promise<CitationMap> {
  const docs = await citableDocuments();
  const cited: Pick<Citation, 'doc' | 'anchor'>[] = others.concat(
    trees.flatMap((t) => [
      ...t.results.flatMap((r) => r.citations),
      ...(t.notes ?? []).flatMap((n) => n.citations),
      ...(t.island?.conflicts ?? []).flatMap((c) => c.citations),
    ]),
  );
  const map: CitationMap = {};
  for (const c of cited) {
    const doc = docs.get(c.doc);
    if (doc) map[citationKey(c.doc, c.anchor)] = citationSourceFor(doc, c.anchor);
  }
  return map;
}

/** The publications, as their citations give them, in reading order. */
export async function citedPublications(): Promise<CitedPublication[]> {
  const byId = new Map<string, CitedPublication>();
  for (const d of (await citableDocuments()).values()) byId.set(d.publication.id, d.publication);
  return [...byId.values()];
}
