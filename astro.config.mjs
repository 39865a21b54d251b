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
import offlineBundle, { serverConfig } from './src/integrations/offline.ts';
import { cspHash, minifyLoader } from './src/components/search/loader-code.ts';

const glossary = JSON.parse(readFileSync(new URL('./content/glossary.json', import.meta.url), 'utf8'));

// OFFLINE=1 (npm run build:offline) builds the bundle that works from any folder and from disk
// (docs/arch/offline.md): every link relative to its page, so it has no base path of its own.
const offline = process.env.OFFLINE === '1';
// BASE_PATH lets an intranet serve the web build under any sub-path (e.g. /guide/).
const base = offline ? '/' : process.env.BASE_PATH || '/';

// Sources of the site's own files. Opened from disk, a page's origin is opaque and CSP does not
// define what 'self' means there (Chromium lets it match file: URLs, the standard does not say so),
// so the offline bundle names file: too; over HTTP(S) a file: source matches nothing.
const own = offline ? ["'self'", 'file:'] : ["'self'"];

// The search loader is inlined with is:inline, which Astro does not hash: its hash is listed here.
const searchLoader = minifyLoader(readFileSync(new URL('./src/components/search/loader.js', import.meta.url), 'utf8'));

export default defineConfig({
  site: process.env.SITE_URL || 'https://example.org',
  base,
  outDir: offline ? './dist-offline' : './dist',
  trailingSlash: 'always',
  // Stylesheets as files, never inlined: Astro's CSP does not hash the styles it inlines from
  // components used in MDX (the figures), and files need no hash ('self').
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    build: {
      rollupOptions: {
        output: {
          // Preact and the wizard engine in one shared file: each extra file costs a request and gzip
          // overhead, and a wizard page has 12 KB of JavaScript to spend, Preact included.
          manualChunks: (id) => (/node_modules\/preact\//.test(id) ? 'preact' : undefined),
        },
      },
    },
  },
  markdown: {
    processor: satteri({
      // The source's own quotes and dashes must reach the page unaltered.
      features: { headingAttributes: true, smartPunctuation: false },
      hastPlugins: [abbrPlugin(glossary), paragraphIdsPlugin()],
    }),
  },
  // A Content-Security-Policy <meta> on every page: Astro adds the hashes of the scripts and
  // styles it bundles; why each source is here is in docs/arch/offline.md.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        `default-src ${own.join(' ')}`,
        `img-src ${own.join(' ')}`,
        `font-src ${own.join(' ')}`,
        `connect-src ${own.join(' ')}`,
        `worker-src ${own.join(' ')}`,
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ],
      scriptDirective: {
        // 'wasm-unsafe-eval': Pagefind's full-text search runs as WebAssembly (no JavaScript eval).
        resources: [...own, "'wasm-unsafe-eval'"],
        hashes: [cspHash(searchLoader)],
      },
      styleDirective: { resources: own },
    },
  },
  // search() runs after the build: Pagefind and quick-find indexes and the search scripts.
  // offlineBundle() then makes the offline build's URLs relative and zips it.
  integrations: [mdx(), preact(), wizardValidation(), search(), serverConfig(), ...(offline ? [offlineBundle()] : [])],
});
