/** The assessments and what they share, for pages, in the order the /tools/ index lists them. */
import { getCollection } from 'astro:content';
import sharedJson from '../../content/wizards/shared.json' with { type: 'json' };
import { answerPrefixes } from '../lib/wizard/combinations';
import { type IslandTree, planTrees } from '../lib/wizard/island';
import type { PackKind } from '../lib/pack/file';
import { PLAN_KINDS } from '../lib/pack/kinds';
import { type SharedData, sharedSchema } from '../lib/wizard/shared';
import type { WizardTree } from '../lib/wizard/types';

export const TOOL_ORDER = [
  'ppp-type',
  'formality',
  'hierarchy-financing',
  'maturity',
  'agency-structure',
  'sectoral-cert',
  'tlp',
];

export async function loadTrees(): Promise<WizardTree[]> {
  const trees = (await getCollection('wizards')).map((e) => e.data as WizardTree);
  const rank = (id: string) => (TOOL_ORDER.includes(id) ? TOOL_ORDER.indexOf(id) : TOOL_ORDER.length);
  return trees.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** content/wizards/shared.json (the build's validation has checked it before any page is made). */
export const loadShared = (): SharedData => sharedSchema.parse(sharedJson);

/** A plan's trees, each with the conflicts it takes part in, so the plan can flag where two results disagree. */
export async function loadPlanTrees(kind: PackKind): Promise<IslandTree[]> {
  const all = await loadTrees();
  return planTrees(
    PLAN_KINDS[kind].trees.map((id) => all.find((t) => t.id === id)).filter((t) => t !== undefined),
    loadShared(),
  );
}

/**
 * The answer lists that get a pre-rendered page: every one for a "pages"
 * wizard (one question or result per page, so it works without JavaScript);
 * only the start page for a "checklist" wizard, whose start page holds the
 * whole questionnaire.
 */
export function pagePrefixes(tree: WizardTree): string[][] {
  return tree.noJs === 'pages' ? answerPrefixes(tree) : [[]];
}
