/**
 * Frontmatter rules for every document page, shared by the content config and
 * the tests. A page that breaks them fails the build with the field named.
 */
import { z } from 'astro/zod';
import { PUBLICATION_ORDER } from './publications.ts';

export const documentSchema = z
  .object({
    title: z.string().min(3, 'title: give the page a heading of at least 3 characters'),
    /** Shorter label for the sidebar and previous/next links. */
    navTitle: z.string().min(2).optional(),
    description: z.string().min(20, 'description: one sentence (20+ characters) for search results and link previews'),
    publication: z.enum(PUBLICATION_ORDER, { error: `publication: must be one of ${PUBLICATION_ORDER.join(', ')}` }),
    authors: z.array(z.string().min(3)).min(1, 'authors: name at least one author'),
    year: z.number().int().min(2000).max(2100),
    citation: z.string().min(20, "citation: give the publisher's full citation"),
    order: z.number().int().nonnegative(),
  })
  .strict();

export type DocumentFrontmatter = z.infer<typeof documentSchema>;

/** The site's own pages (content/site/): a title and a description, nothing of DCAF's. */
export const sitePageSchema = z
  .object({
    title: z.string().min(3, 'title: give the page a heading of at least 3 characters'),
    description: z.string().min(20, 'description: one sentence (20+ characters) for search results and link previews'),
  })
  .strict();

export const glossarySchema = z
  .object({
    abbr: z.string().min(2),
    expansion: z.string().min(3),
    /** Where the expansion comes from: the guide's own list, the text itself, or this site. */
    source: z.enum(['guide-list', 'text', 'site']),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossarySchema>;
