// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { abbrPlugin } from './src/integrations/abbr-plugin.ts';
import { paragraphIdsPlugin } from './src/integrations/paragraph-ids-plugin.ts';
import buildGuard from './src/integrations/build-guard.ts';
import clientBundle from './src/integrations/client-bundle.ts';
import nativeContentConfig from './src/integrations/native-content-config.ts';
import noDepOptimizerInBuild from './src/integrations/no-dep-optimizer.ts';
import preactRenderer from './src/integrations/preact-renderer.ts';
import buildMemory from './src/integrations/build-memory.ts';
import wizardValidation from './src/integrations/wizard-validation.ts';
import search from './src/integrations/search.ts';
import serverConfig from './src/integrations/server-config.ts';
import { cspHash, minifyInline } from './src/site/inline-scripts.ts';
import { parseGlossary } from './src/lib/glossary.ts';
import { astroBase, linkModeFromEnv, publicSiteUrlFromEnv } from './src/lib/urls.ts';

const read = (/** @type {string} */ path) => readFileSync(new URL(path, import.meta.url), 'utf8');

// The glossary drives the first-use abbreviations while Markdown is compiled, before the content layer loads.
const glossary = parseGlossary(read('./content/glossary.json'), 'content/glossary.json');

// How this build links (src/lib/urls.ts): the web at "/" or under BASE_PATH, or the offline bundle
// (OFFLINE=1, npm run build:offline), whose links are relative to each page (docs/arch/offline.md).
const mode = linkModeFromEnv(process.env);
const offline = mode.kind === 'offline';

// Sources of the site's own files. Opened from disk, a page's origin is opaque and CSP does not
// define what 'self' means there (Chromium lets it match file: URLs, the standard does not say so),
// so the offline bundle names file: too; over HTTP(S) a file: source matches nothing.
const own = offline ? ["'self'", 'file:'] : ["'self'"];

// The inline scripts (the search loader, the island loader) are is:inline, which Astro does not hash.
const inlineScripts = await Promise.all(
  [
    './src/components/search/loader.js',
    './src/components/client/island-loader.js',
    './src/components/client/js-class.js',
  ].map(async (f) => cspHash(await minifyInline(read(f)))),
);

export default defineConfig({
  // Citations and exports link to this address only when it is really given (SITE_URL; src/lib/urls.ts).
  site: publicSiteUrlFromEnv(process.env) ?? 'https://example.org',
  base: astroBase(mode),
  outDir: offline ? './dist-offline' : './dist',
  // The content store and other caches stay with this checkout (not in node_modules, which git worktrees may share).
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  // Stylesheets as files, never inlined: Astro's CSP does not hash the styles it inlines from
  // components used in MDX (the figures), and files need no hash ('self').
  // Four pages rendered at once: one at a time, the build's thread sat idle for about a third of the
  // rendering while each page was written (0.3–0.4 s at 10×); the output is the same byte for byte.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Vite's dependency cache too: in node_modules/.vite, shared by the worktrees, each build found another
  // checkout's configuration there and re-optimised (3–4 s of every build).
  vite: { cacheDir: './.astro/vite' },
  markdown: {
    // The documents hold no code: no highlighter (Shiki's inline styles would need an exception in the CSP, and
    // loading it, with its WebAssembly regular-expression engine, cost every build about 16 MB and some start-up).
    syntaxHighlight: false,
    processor: satteri({
      // The source's own quotes and dashes must reach the page unaltered.
      features: { headingAttributes: true, smartPunctuation: false },
      hastPlugins: [abbrPlugin(glossary), paragraphIdsPlugin()],
    }),
  },
  // A Content-Security-Policy <meta> on every page; why each source is here is in docs/arch/offline.md.
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
        hashes: inlineScripts,
      },
      styleDirective: { resources: own },
    },
  },
  // After the pages: the wizard checks, the search indexes, the server samples, the offline bundle;
  // buildGuard first, so a build that fails in any of them leaves no output behind.
  integrations: [
    buildGuard(),
    noDepOptimizerInBuild(),
    nativeContentConfig(),
    buildMemory(),
    // Static parts of a page compiled as HTML strings, not one JSX call per element (as Starlight does): the
    // same HTML but for entity and void-tag spelling, a fifth less memory and bundling time at 100×.
    mdx({ optimize: true }),
    // Preact's server renderer alone: JSX is compiled by Vite (oxc, with tsconfig.json's "jsx" and
    // "jsxImportSource") like the rest of the TypeScript, and islands start through src/components/client/
    // (docs/arch/0005-one-client-build.md), so @astrojs/preact's Vite preset and Babel are not loaded.
    preactRenderer(),
    clientBundle(),
    wizardValidation(),
    search(),
    serverConfig(),
    // Loaded only for the offline build: its HTML rewriter and zip writer cost any other build a tenth of a second to load.
    ...(offline ? [(await import('./src/integrations/offline.ts')).default()] : []),
  ],
});
