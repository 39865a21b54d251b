/**
 * What Pagefind indexes besides the site's pages: small HTML documents built
 * from the quick-find index, added with Pagefind's Node API
 * (`index.addHTMLFile({ url, content })`) after the pages. HTML rather than
 * `addCustomRecord` because only HTML carries weights (`data-pagefind-weight`).
 *
 * - One document per alias target (a section, a tool, a tool result), on the
 *   target's URL, named as the target: the site's alias phrases for it in
 *   every language (as written, and in folded Latin letters), weighted by the
 *   target's place in its entry, so "funding", "NDA" or "ko treba da vodi"
 *   rank the first target first. The phrases are the site's words, never added
 *   to DCAF's paragraphs: each document is its own entry in the index (meta
 *   `kind: alias`), and the dialog shows no excerpt of it.
 * - One document per tool result, on the result's own page (meta `kind:
 *   tool-result`), its recommendation weighted below the documents' text: the
 *   result pages are not indexed as pages (they repeat the tool's questions),
 *   so without these a recommendation is not found, and with full weight the
 *   short results would outrank the passages they rest on.
 *
 * Pure: data in, HTML strings out; the build step passes them to Pagefind.
 */
import type { AliasFile } from './aliases.ts';
import type { SourceTool } from './quickfind.ts';
import { KIND_CODES, numbered, type IndexRecord, type QuickFindIndex } from './records.ts';

/** Pagefind's HTMLFile with an explicit URL (pagefind/types), kept here so this module needs no Pagefind. */
export interface PagefindExtraPage {
  url: string;
  content: string;
}

/** What the dialog reads in a result's meta `kind` to show it as the site's own. */
export const RECORD_KINDS = { alias: 'alias', toolResult: 'tool-result' } as const;

/**
 * Weights (Pagefind's scale: text 1, h1 7; quadratic): an alias's first
 * target outranks its second and third, as the file orders them; a tool
 * result's words count for less than the documents' text.
 */
export const EXTRA_WEIGHTS = { aliasTargets: [4, 2, 1], toolResult: 0.5 } as const;

export interface ExtraPageSources {
  /** The wizard trees, for their results' recommendations. */
  tools?: readonly SourceTool[];
  /** The alias file the index was built with, for its phrases as written (Cyrillic, diacritics). */
  aliases?: AliasFile;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A page Pagefind indexes whole: its body, its name and kind as meta (not as
 * text), its publication as filter. The name is not Pagefind's `title`, whose
 * matches the site boosts (metaWeights): these pages rank by their weighted
 * words alone, not by a heading that is already the documents' own.
 */
function page(url: string, name: string, kind: string, publication: string, body: string, extraMeta = '') {
  const meta = `<span data-pagefind-meta="name:${escapeHtml(name)}"></span><span data-pagefind-meta="kind:${kind}"></span>${extraMeta}`;
  const main = `<main data-pagefind-body data-pagefind-filter="publication:${escapeHtml(publication)}">${meta}${body}</main>`;
  // No <title> and no h1: Pagefind would take either as the page's title, whose matches it boosts.
  return { url, content: `<!doctype html><html lang="en"><head></head><body>${main}</body></html>` };
}

/** A record's path inside the site, as Pagefind's page URLs are written here: "/ppp-guide/chapter-2/#2-2-financial-plan". */
function urlOf(index: QuickFindIndex, r: IndexRecord): string {
  const p = index.pages[r.g]!;
  return `/${r.u ?? (r.a ? `${p.u}#${r.a}` : p.u)}`;
}

export function pagefindExtraPages(
  index: QuickFindIndex,
  { tools = [], aliases }: ExtraPageSources = {},
): PagefindExtraPage[] {
  // What each record gets: the alias phrases that lead to it (weighted by its place in each entry), and their terms.
  const aliased = new Map<number, { terms: string[]; paragraphs: string[] }>();
  (index.al ?? []).forEach((a, i) => {
    // compileAliases keeps the file's order: entry i of the file is alias i of the index.
    const written = Object.values(aliases?.aliases[i]?.phrases ?? {}).flat();
    const phrases = escapeHtml([...new Set([...written, ...a.p.map(([p]) => p)])].join('. '));
    a.r.forEach((target, place) => {
      const entry = aliased.get(target) ?? { terms: [], paragraphs: [] };
      const weight = EXTRA_WEIGHTS.aliasTargets[Math.min(place, EXTRA_WEIGHTS.aliasTargets.length - 1)];
      entry.terms.push(a.e);
      entry.paragraphs.push(`<p data-pagefind-weight="${weight}">${phrases}</p>`);
      aliased.set(target, entry);
    });
  });
  const recommendations = new Map<string, string>();
  for (const t of tools)
    for (const r of t.results ?? [])
      if (r.recommendation) recommendations.set(`${t.title}\u0000${r.title}`, r.recommendation);

  const pages: PagefindExtraPage[] = [];
  index.recs.forEach((r, i) => {
    const alias = aliased.get(i);
    const result = r.k === KIND_CODES.outcome && r.u !== undefined;
    if (!alias && !result) return;
    const publication = index.pubs[index.pages[r.g]!.p]!.id;
    let body = alias?.paragraphs.join('') ?? '';
    let meta = alias ? `<span data-pagefind-meta="terms:${escapeHtml(alias.terms.join(', '))}"></span>` : '';
    if (result) {
      // A tool result, with the site's recommendation: found by what it advises, behind the passages it rests on.
      const tool = index.pages[r.g]!.t;
      const text = [r.t, recommendations.get(`${tool}\u0000${r.t}`)].filter(Boolean).join('. ');
      body += `<p data-pagefind-weight="${EXTRA_WEIGHTS.toolResult}">${escapeHtml(text)}</p>`;
      meta += `<span data-pagefind-meta="tool:${escapeHtml(tool)}"></span>`;
    }
    const kind = result ? RECORD_KINDS.toolResult : RECORD_KINDS.alias;
    pages.push(page(urlOf(index, r), numbered(r), kind, publication, body, meta));
  });
  return pages;
}
