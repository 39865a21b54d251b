/**
 * Build step: once the pages are written, every wizard tree is checked against
 * them (structure, and that each cited anchor exists and each quote is on its
 * page). A broken tree fails the build, naming tree, node and rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalise } from '../lib/fidelity';
import { mainText } from '../lib/page-text';
import { assertValidTrees, type SourceChecks } from '../lib/wizard/validate';
import { readBuiltManifest } from './built-manifest';

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

export default function wizardValidation(): AstroIntegration {
  return {
    name: 'wizard-validation',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { trees } = readBuiltManifest(outDir);
        assertValidTrees(trees, distChecks(outDir));
        logger.info(`${trees.length} wizard trees valid: every anchor and quote found in the built pages`);
      },
    },
  };
}
