/**
 * The two kinds of meeting pack and the tools that feed each: the one list
 * the plan pages, the wizards' "in your plan" line and the exports use.
 */
import type { PackKind } from './file';

export interface PlanKind {
  kind: PackKind;
  /** Where its plan page is, inside the site. */
  url: string;
  /** The plan page's title. */
  title: string;
  /** The wizards whose results it gathers, in the order it shows them. */
  trees: readonly string[];
}

export const PLAN_KINDS: Record<PackKind, PlanKind> = {
  partnership: {
    kind: 'partnership',
    url: 'tools/plan/',
    title: 'Plan for a first meeting: a partnership',
    trees: ['maturity', 'ppp-type', 'formality', 'hierarchy-financing'],
  },
  institution: {
    kind: 'institution',
    url: 'tools/plan/institution/',
    title: 'Plan for a first meeting: a national institution',
    trees: ['agency-structure', 'sectoral-cert'],
  },
};

/** The kind of plan a wizard's result goes into, if any (the TLP wizard labels information; it feeds none). */
export function planKindOf(treeId: string): PlanKind | undefined {
  return Object.values(PLAN_KINDS).find((k) => k.trees.includes(treeId));
}
