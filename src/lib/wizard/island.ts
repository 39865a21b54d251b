/**
 * What the wizard and plan islands receive besides the assessment itself.
 * WizardIsland's props stay { tree, initial, base, mode } (the integrator owns
 * that plumbing), so these extras travel inside `tree`, under `island`; the
 * published /tools/<id>.json stays the plain assessment.
 */
import { conflictsFor } from './plan.ts';
import type { CitationMap } from '../pack/build.ts';
import type { Conflict, SharedData } from './shared.ts';
import type { WizardTree } from './types.ts';

export type HeadingLevel = 2 | 3 | 4 | 5;

export interface IslandExtras {
  /** Level of the question or result heading: 2 on the tool's page, deeper inside a document section. */
  headingLevel?: HeadingLevel;
  /** The shared.json conflicts this tree takes part in (for the plan). */
  conflicts?: Conflict[];
  /** Where each passage the tree cites is (section, paragraph), for exports that cite as a memo would. */
  citations?: CitationMap;
}

export type IslandTree = WizardTree & { island?: IslandExtras };

export function islandTree(tree: WizardTree, extras: IslandExtras): IslandTree {
  return { ...tree, island: extras };
}

/** The plan's trees, each with the conflicts it takes part in. */
export function planTrees(trees: readonly WizardTree[], shared: SharedData): IslandTree[] {
  return trees.map((t) => islandTree(t, { conflicts: conflictsFor(shared.conflicts, [t.id]) }));
}
