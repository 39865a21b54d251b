import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { documentSchema, glossarySchema } from './lib/content-schema';
import { wizardTreeSchema } from './lib/wizard/schema';

export const collections = {
  documents: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content' }),
    schema: documentSchema,
  }),
  wizards: defineCollection({
    // shared.json holds what the wizards share (src/lib/wizard/shared.ts), not a wizard.
    loader: glob({ pattern: ['*.json', '!shared.json'], base: './content/wizards' }),
    schema: wizardTreeSchema,
  }),
  glossary: defineCollection({
    loader: file('./content/glossary.json', {
      parser: (text) => Object.fromEntries(JSON.parse(text).map((e: { abbr: string }) => [e.abbr, e])),
    }),
    schema: glossarySchema,
  }),
};
