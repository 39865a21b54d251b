/** The data the islands load on intent (`_client/data/<name>.js`), from the content collections: one list. */
import { withRoot } from '../lib/urls';
import type { PlanData } from '../components/plan/PlanView';
import { loadCompare, loadGovernance, loadStakeholders } from '../components/tools/data';
import { PACK_KINDS, type PackKind } from '../lib/pack/file';
import { islandTree } from '../lib/wizard/island';
import { citationsOf } from './citations';
import { dataScript } from './client-scripts';
import { loadPlanTrees, loadTrees } from './wizards';

let cache: Promise<Map<string, unknown>> | undefined;

export function clientData(): Promise<Map<string, unknown>> {
  cache ??= (async () => {
    const trees = await loadTrees();
    return new Map<string, unknown>([
      // Each wizard's tree, with where its passages are, so its exports cite them by section and paragraph.
      ...(await Promise.all(
        trees.map(async (t) => [wizardDataName(t.id), islandTree(t, { citations: await citationsOf([t]) })] as const),
      )),
      ...(await Promise.all(PACK_KINDS.map(async (kind) => [planDataName(kind), await planData(kind)] as const))),
      ['tool-compare', loadCompare()],
      ['tool-stakeholders', loadStakeholders()],
      ['tool-governance', loadGovernance()],
    ]);
  })();
  return cache;
}

/** The data name of a plan of this kind. */
export const planDataName = (kind: PackKind) => `plan-${kind}`;

/** What the plan of a kind needs: its trees (with their conflicts), where their passages are, the stakeholder labels. */
async function planData(kind: PackKind): Promise<PlanData> {
  const trees = await loadPlanTrees(kind);
  // A partnership's pack carries the self-check's summary: its advice is cited like the tools' passages.
  const governance = kind === 'partnership' ? loadGovernance() : undefined;
  const advice = governance?.principles.flatMap((p) => p.checks.flatMap((c) => c.advice)) ?? [];
  return {
    trees,
    citations: await citationsOf(trees, advice),
    stakeholders: loadStakeholders(),
    ...(governance ? { governance } : {}),
  };
}

/** One island's data as its script carries it: for a server drawing that must match the island's first one. */
export async function clientDataOf<T>(name: string): Promise<T> {
  const value = (await clientData()).get(name);
  if (value === undefined) throw new Error(`No client data "${name}" (src/site/client-data.ts)`);
  return value as T;
}

/** The data name of a wizard's tree. */
export const wizardDataName = (treeId: string) => `wizard-${treeId}`;

const hashes = new Map<string, string>();

/** The src of a data script from a page with this root, with its `?v=` hash (hashed once per build, not per page). */
export async function clientDataSrc(root: string, name: string): Promise<string> {
  let hash = hashes.get(name);
  if (hash === undefined) {
    const value = (await clientData()).get(name);
    if (value === undefined) throw new Error(`No client data "${name}" (src/site/client-data.ts)`);
    hash = dataScript(name, value).hash;
    hashes.set(name, hash);
  }
  return `${withRoot(root, `_client/data/${name}.js`)}?v=${hash}`;
}
