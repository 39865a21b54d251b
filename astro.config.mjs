// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { abbrPlugin } from './src/integrations/abbr-plugin.ts';
import { paragraphIdsPlugin } from './src/integrations/paragraph-ids-plugin.ts';
import wizardValidation from './src/integrations/wizard-validation.ts';
import search from './src/integrations/search.ts';

const glossary = JSON.parse(readFileSync(new URL('./content/glossary.json', import.meta.url), 'utf8'));

// BASE_PATH lets an intranet serve the site under any sub-path (e.g. /guide/).
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'https://example.org',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({
      // The source's own quotes and dashes must reach the page unaltered.
      features: { headingAttributes: true, smartPunctuation: false },
      hastPlugins: [abbrPlugin(glossary), paragraphIdsPlugin()],
    }),
  },
  // search() runs after the build: Pagefind and quick-find indexes and the search scripts in dist/.
  integrations: [mdx(), preact(), wizardValidation(), search()],
});
