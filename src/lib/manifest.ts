/**
 * The site manifest: what the content collections hold, typed, in reading
 * order — the one source for the navigation, the search indexes, the tool
 * lists and the build checks (src/site/manifest.ts builds it; the build
 * writes it to _data/manifest.json for the integrations). Pure.
 */
import type { NavHeading } from './navigation.ts';
import type { PublicationId } from './publications.ts';
import type { AliasFile } from './search/aliases.ts';
import type { QuickFindIndex, SourceBlock, SourceTool } from './search/quickfind.ts';

export interface ManifestDocument {
  id: string;
  publication: PublicationId;
  title: string;
  navTitle?: string | undefined;
  description: string;
  order: number;
  /** Path inside the site: "booklets/sectoral-certs/". */
  url: string;
  headings: NavHeading[];
  /** Numbered sections, examples and boxes, with their text: for quick-find. */
  intro: string;
  blocks: SourceBlock[];
}

export interface ManifestTool {
  id: string;
  title: string;
  summary: string;
  /** Path inside the site: "tools/ppp-type/". */
  url: string;
}

export interface SiteManifest {
  documents: ManifestDocument[];
  tools: ManifestTool[];
  glossary: { abbr: string; expansion: string }[];
}

/** A document as the steps after the pages see it: without its text, which only quick-find reads (while the pages render). */
export type BuiltDocument = Omit<ManifestDocument, 'intro' | 'blocks'>;

/** The manifest as the build writes it, with the wizard trees and what search is built from, for the steps after the pages. */
export interface BuiltManifest extends Omit<SiteManifest, 'documents'> {
  documents: BuiltDocument[];
  trees: unknown[];
  search: { index: QuickFindIndex; tools: SourceTool[]; aliases: AliasFile };
}

/**
 * What the build writes: the documents' text left out (a tenth of the file at 1×, four fifths at 100×,
 * where it was 14 MB, written once and read by two steps).
 */
export function builtManifest(
  manifest: SiteManifest,
  trees: unknown[],
  search: BuiltManifest['search'],
): BuiltManifest {
  const documents = manifest.documents.map(({ intro: _intro, blocks: _blocks, ...rest }) => rest);
  return { ...manifest, documents, trees, search };
}

/** Where the build writes it, inside the output folder. */
export const MANIFEST_FILE = '_data/manifest.json';

/** What the content checks need of a document file. */
export interface DocumentSource {
  id: string;
  /** The file, as an editor finds it: "content/booklets/x.mdx". */
  file: string;
  publication: string;
  order: number;
  body: string;
}

/**
 * Faults the schema cannot see, each naming the file: two documents of one
 * publication with the same `order` (their order would be left to chance),
 * and raw <script> in a page (the site's scripts are built and hashed; a
 * script in the text would be blocked by the Content-Security-Policy, or
 * worse, run).
 */
export function documentProblems(docs: readonly DocumentSource[]): string[] {
  const problems: string[] = [];
  const byOrder = new Map<string, DocumentSource>();
  for (const d of [...docs].sort((a, b) => a.file.localeCompare(b.file))) {
    const key = `${d.publication}#${d.order}`;
    const other = byOrder.get(key);
    if (other)
      problems.push(
        `${d.file}: order ${d.order} is also the order of ${other.file} in "${d.publication}": give each document its own`,
      );
    else byOrder.set(key, d);
    const script = /<script\b/i.exec(withoutCode(d.body));
    if (script) {
      const line = d.body.slice(0, d.body.search(/<script\b/i)).split('\n').length;
      problems.push(`${d.file}:${line}: a <script> in the text: the site adds its own scripts; remove it`);
    }
  }
  return problems;
}

/** MDX text without fenced and inline code, where "<script>" is only shown. */
function withoutCode(body: string): string {
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}
