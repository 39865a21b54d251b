/**
 * Build step, in two parts. Before any page is made, every assessment in
 * content/wizards/ and shared.json are checked for shape, references and every
 * combination of answers (gaps, overlaps, dead rules…), so a broken assessment
 * fails the build with the validator's messages, not with an error from a page
 * that tried to use it. That check runs in a child process from
 * astro:config:done, while Astro starts up on its own thread, and the build
 * waits for it before bundling (astro:build:start). Once the pages are written
 * (astro:build:done), each cited anchor must exist and each quote be on its
 * page. Either way a problem names the tree, where, and the rule.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalise } from '../lib/fidelity.ts';
import { mainText } from '../lib/page-text.ts';
import { SHARED_FILE, type SharedData, sharedSchema } from '../lib/wizard/shared.ts';
import { assertValidTrees, type SourceChecks, type TreeStats } from '../lib/wizard/validate.ts';
import { readBuiltManifest } from './built-manifest.ts';
import { askChild } from './child-process.ts';

const DOC = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/; // also keeps a doc id from reaching outside the folder

/**
 * Checks over a built site folder, shared with the tests: an anchor is an
 * element id on dist/<doc>/index.html; a quote must be in that page's reading
 * text after the fidelity test's normalising (quotes, dashes, line breaks).
 */
export function distChecks(distDir: string): Required<SourceChecks> {
  const html = new Map<string, string | undefined>();
  const text = new Map<string, string | undefined>();
  const page = (doc: string) => {
    if (!html.has(doc)) {
      const file = join(distDir, doc, 'index.html');
      html.set(doc, DOC.test(doc) && existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    }
    return html.get(doc);
  };
  return {
    anchorExists: (doc, anchor) => page(doc)?.includes(` id="${anchor}"`) ?? false,
    quoteFound: (doc, quote) => {
      if (!text.has(doc)) {
        const source = page(doc);
        text.set(doc, source === undefined ? undefined : normalise(mainText(source)));
      }
      return text.get(doc)?.includes(normalise(quote)) ?? false;
    },
  };
}

const parse = (dir: string, f: string): unknown => {
  try {
    return JSON.parse(readFileSync(join(dir, f), 'utf8'));
  } catch (e) {
    throw new Error(`content/wizards/${f} is not valid JSON: ${(e as Error).message}`);
  }
};

/** Every assessment in content/wizards/ (all *.json but shared.json), parsed, not checked. */
export function readTrees(dir: string): unknown[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== SHARED_FILE)
    .sort()
    .map((f) => parse(dir, f));
}

/** content/wizards/shared.json, parsed but not checked (undefined if there is none). */
export function readSharedInput(dir: string): unknown {
  return existsSync(join(dir, SHARED_FILE)) ? parse(dir, SHARED_FILE) : undefined;
}

/** shared.json when it has the right shape (the validator reports it otherwise). */
const sharedIfValid = (input: unknown): SharedData | undefined => {
  const parsed = sharedSchema.safeParse(input);
  return parsed.success ? parsed.data : undefined;
};

const describe = (stats: Map<string, TreeStats>) =>
  [...stats]
    .map(([id, s]) => `${id} ${s.combinations.toLocaleString('en')} combinations in ${Math.round(s.ms)} ms`)
    .join(', ');

/** Check every assessment in `folder` and every combination of its answers: what to log, or an error naming each problem. */
export function checkWizardFolder(folder: string): string {
  const sharedInput = readSharedInput(folder);
  const stats = assertValidTrees(readTrees(folder), { shared: sharedIfValid(sharedInput), sharedInput });
  return `wizards: every combination of answers has one result (${describe(stats)})`;
}

export default function wizardValidation(): AstroIntegration {
  let root = '';
  let building = false;
  let check: Promise<string> | undefined;
  const folder = () => join(root, 'content', 'wizards');
  return {
    name: 'wizard-validation',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        check = askChild<string>(new URL('./wizard-check-child.ts', import.meta.url), folder());
        // A broken assessment must not ship (the build waits below); in the dev server, say so and keep serving the rest.
        if (!building)
          check.then(
            (m) => logger.info(m),
            (e: Error) => logger.error(e.message),
          );
        else check.catch(() => {}); // reported by astro:build:start
      },
      'astro:build:start': async ({ logger }) => {
        if (check) logger.info(await check);
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const sharedInput = readSharedInput(folder());
        // The trees as the pages used them: from the content layer, through the built manifest.
        const { trees } = readBuiltManifest(outDir);
        assertValidTrees(trees, {
          ...distChecks(outDir),
          shared: sharedIfValid(sharedInput),
          sharedInput,
          combinations: false,
        });
        logger.info(`${trees.length} wizards valid: every anchor and quote found in the built pages`);
      },
    },
  };
}
