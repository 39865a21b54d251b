/** URLs the wizard links to, under the site's base path. */
import { withRoot } from '../../lib/urls';

export interface WizardLinks {
  /** Pre-rendered page for a list of answers: works without JavaScript. */
  step(answers: readonly string[]): string;
  doc(doc: string, anchor: string): string;
}

export function wizardLinks(base: string, treeId: string): WizardLinks {
  return {
    step: (answers) => withRoot(base, `/tools/${treeId}/${answers.map((a) => `${a}/`).join('')}`),
    doc: (doc, anchor) => withRoot(base, `/${doc}/#${anchor}`),
  };
}
