/**
 * A result's downloads (_client/result-files.js): Markdown and JSON with the
 * answers, the passages and how to cite them. The wizard adds this script only
 * when the reader asks for a file (OutcomeActions.tsx), so the island that
 * asks the questions carries none of it.
 */
import { linkToPath } from '../../lib/citation';
import { citationKey } from '../../lib/pack/build';
import { withRoot } from '../../lib/urls';
import type { Step } from '../../lib/wizard/engine';
import { toJson, toMarkdown, type WalkRecord } from '../../lib/wizard/export';
import type { KnownFact } from '../../lib/wizard/facts';
import type { IslandTree } from '../../lib/wizard/island';
import type { Note, Result } from '../../lib/wizard/types';

export interface ResultFilesInput {
  tree: IslandTree;
  steps: readonly Step[];
  outcome: Result;
  notes: readonly Note[];
  preAnswered: Record<string, KnownFact>;
  base: string;
  /** The link to this result; none when the site is opened from disk (it would only work on this computer). */
  shareUrl: string | undefined;
}

export interface ResultFiles {
  markdown: (input: ResultFilesInput) => string;
  json: (input: ResultFilesInput) => string;
}

declare global {
  interface Window {
    cggResultFiles?: ResultFiles;
  }
}

function record({ tree, steps, outcome, notes, preAnswered, base, shareUrl }: ResultFilesInput): WalkRecord {
  const siteRoot = new URL(withRoot(base, '/'), location.href).href;
  return {
    tree,
    steps: steps.map((s) => ({ question: s.question, answerId: s.answer.id })),
    outcome,
    notes: [...notes],
    preAnswered,
    cite: (doc, anchor) => {
      const where = tree.island?.citations?.[citationKey(doc, anchor)];
      return where && { ...where, link: linkToPath(`/${doc}/#${anchor}`, { siteRoot }) };
    },
    href: (doc, anchor) => {
      const l = linkToPath(`/${doc}/#${anchor}`, { siteRoot });
      return l?.kind === 'web' ? l.href : undefined;
    },
    shareUrl,
    date: new Date(),
  };
}

window.cggResultFiles = {
  markdown: (input) => toMarkdown(record(input)),
  json: (input) => toJson(record(input)),
};
