import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { documentSchema, glossarySchema, sitePageSchema } from './lib/content-schema';
import { parseGlossary } from './lib/glossary';
import { wizardTreeSchema } from './lib/wizard/schema';

export const collections = {
  // DCAF's documents: every MDX file of content/ but the site's own pages.
  documents: defineCollection({
    loader: glob({ pattern: ['**/*.mdx', '!site/**'], base: './content' }),
    schema: documentSchema,
  }),
  // The site's own pages (content/site/), not DCAF's: hosting instructions and the like.
  sitePages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/site' }),
    schema: sitePageSchema,
  }),
  wizards: defineCollection({
    // shared.json holds what the wizards share (src/lib/wizard/shared.ts), not a wizard.
    loader: glob({ pattern: ['*.json', '!shared.json'], base: './content/wizards' }),
    schema: wizardTreeSchema,
  }),
  glossary: defineCollection({
    loader: file('./content/glossary.json', {
      parser: (text) => Object.fromEntries(parseGlossary(text, 'content/glossary.json').map((e) => [e.abbr, e])),
    }),
    schema: glossarySchema,
  }),
};
