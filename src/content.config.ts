// defineCollection from the module that defines it, not through astro:content: Astro loads this file through Vite
// before every build, and astro:content brought Astro's whole page runtime with it (some 60 more modules
// transformed, about a second of every build at any size, docs/arch/0009). The pages still read astro:content.
import { defineCollection } from 'astro/content/config';
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
