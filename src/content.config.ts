import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { documentSchema, glossarySchema } from './lib/content-schema';
import { parseGlossary } from './lib/glossary';
import { wizardTreeSchema } from './lib/wizard/schema';

export const collections = {
  documents: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content' }),
    schema: documentSchema,
  }),
  wizards: defineCollection({
    loader: glob({ pattern: '*.json', base: './content/wizards' }),
    schema: wizardTreeSchema,
  }),
  glossary: defineCollection({
    loader: file('./content/glossary.json', {
      parser: (text) => Object.fromEntries(parseGlossary(text, 'content/glossary.json').map((e) => [e.abbr, e])),
    }),
    schema: glossarySchema,
  }),
};
