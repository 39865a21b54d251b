/**
 * The quick-find index of the real site, built from content/ without a build,
 * with the same pure functions the build uses (src/site/manifest.ts and
 * src/site/search-index.ts, which read the same files through the content
 * layer): the MDX pages' blocks (mdxBlocks), the glossary, the wizards and the
 * aliases. tests/browser/search-ranking.test.ts checks the built index too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { FIGURE_CAPTIONS } from '../../../src/components/figures/captions';
import { parseGlossary } from '../../../src/lib/glossary';
import { PUBLICATION_ORDER, SEARCH_SECTIONS } from '../../../src/lib/publications';
import { loadAliases } from '../../../src/lib/search/aliases-schema';
import { mdxBlocks } from '../../../src/lib/search/mdx-source';
import { buildQuickFindIndex, type QuickFindIndex, type SourceDocument } from '../../../src/lib/search/quickfind';
import { toolForSearch } from '../../../src/lib/search/tool-records';
import { wizardTreeSchema } from '../../../src/lib/wizard/schema';
import { SHARED_FILE } from '../../../src/lib/wizard/shared';

const CONTENT = join(import.meta.dirname, '..', '..', '..', 'content');

function readDocument(publication: string, file: string): { doc: SourceDocument; order: number } {
  const text = readFileSync(join(CONTENT, publication, file), 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const data = parseYaml(front) as { title: string; navTitle?: string; description?: string; order: number };
  const doc: SourceDocument = {
    url: `${publication}/${file.replace(/\.mdx$/, '')}/`,
    title: data.title,
    shortTitle: data.navTitle,
    publication,
    description: data.description,
    ...mdxBlocks(body, { figureCaptions: FIGURE_CAPTIONS }),
  };
  return { doc, order: data.order };
}

/** The site's documents in reading order. */
export function contentDocuments(): SourceDocument[] {
  return PUBLICATION_ORDER.flatMap((pub) =>
    readdirSync(join(CONTENT, pub))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => readDocument(pub, f))
      .sort((a, b) => a.order - b.order)
      .map((d) => d.doc),
  );
}

/** The quick-find index of content/, with the site's aliases (of other documents, if given: a larger library). */
export function contentIndex(documents: SourceDocument[] = contentDocuments()): QuickFindIndex {
  const folder = join(CONTENT, 'wizards');
  const trees = readdirSync(folder)
    .filter((f) => f.endsWith('.json') && f !== SHARED_FILE)
    .sort()
    .map((f) => wizardTreeSchema.parse(JSON.parse(readFileSync(join(folder, f), 'utf8'))));
  return buildQuickFindIndex({
    publications: SEARCH_SECTIONS,
    documents,
    glossary: parseGlossary(readFileSync(join(CONTENT, 'glossary.json'), 'utf8'), 'content/glossary.json'),
    glossaryUrl: 'glossary/',
    tools: trees.map(toolForSearch),
    aliases: loadAliases(readFileSync(join(CONTENT, 'search', 'aliases.json'), 'utf8')),
  });
}
