/**
 * The wizard check before bundling: it runs in a worker thread from
 * astro:config:done, and astro:build:start waits for it, so a broken
 * assessment fails the build, before any page is made, with the validator's
 * own message; a sound folder is logged with its combinations.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import wizardValidation from '../../src/integrations/wizard-validation';
import { tempDirs } from '../support/temp-dirs';

const WIZARDS = join(import.meta.dirname, '..', '..', 'content', 'wizards');
const tempDir = tempDirs('wizard-check-');

/** A project root whose content/wizards/ is a copy of the real one, changed by `edit`. */
function project(edit: (wizards: string) => void = () => {}): string {
  const root = tempDir();
  cpSync(WIZARDS, join(root, 'content', 'wizards'), { recursive: true });
  edit(join(root, 'content', 'wizards'));
  return root;
}

/** The integration's hooks as `astro build` calls them, up to the start of bundling; what it logged. */
async function startBuild(root: string): Promise<string[]> {
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };
  const hooks = wizardValidation().hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:setup']!({ command: 'build' });
  await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`) }, logger });
  await hooks['astro:build:start']!({ logger: logger as unknown as AstroIntegrationLogger });
  return logged;
}

describe('wizard check before bundling', () => {
  it('lets a sound folder through, saying how many combinations each wizard has', async () => {
    const logged = await startBuild(project());
    expect(logged.join('\n')).toMatch(
      /every combination of answers has one result \(.*sectoral-cert [\d,]+ combinations/,
    );
  });

  it('stops the build at its start with the validator’s message when a wizard is broken', async () => {
    const root = project((dir) => {
      const file = join(dir, 'tlp.json');
      // Its first rule's answers now lead nowhere: a gap in the combinations.
      const tree = JSON.parse(readFileSync(file, 'utf8')) as { rules: { id: string }[] };
      tree.rules = tree.rules.filter((r) => r.id !== 'red');
      writeFileSync(file, JSON.stringify(tree));
    });
    await expect(startBuild(root)).rejects.toThrow(
      /problems in the wizards:\n {2}tlp › no rule matches [\s\S]*\[gap\]/,
    );
  });
});
