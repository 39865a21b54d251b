/** The data the islands load on intent (`_client/data/<name>.js`), from the content collections: one list. */
import { withRoot } from '../lib/urls';
import { loadCompare, loadGovernance, loadStakeholders } from '../components/tools/data';
import { dataScript } from './client-scripts';
import { loadPlanTrees, loadTrees } from './wizards';

let cache: Promise<Map<string, unknown>> | undefined;

export function clientData(): Promise<Map<string, unknown>> {
  cache ??= (async () => {
    const trees = await loadTrees();
    return new Map<string, unknown>([
      ...trees.map((t) => [wizardDataName(t.id), t] as const),
      ['plan-trees', await loadPlanTrees()],
      ['tool-compare', loadCompare()],
      ['tool-stakeholders', loadStakeholders()],
      ['tool-governance', loadGovernance()],
    ]);
  })();
  return cache;
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
