/** The wizard island (_client/wizard.js): the tree arrives as data, the answers and mode inline (WizardIsland.astro). */
import type { IslandExtras, IslandTree } from '../../lib/wizard/island';
import { registerIsland } from '../client/islands';
import Wizard from './Wizard';

interface Inline {
  initial: string[];
  mode: 'page' | 'embed';
  filesSrc: string;
  island?: IslandExtras;
}

registerIsland<Inline, IslandTree, Parameters<typeof Wizard>[0]>(
  'wizard',
  Wizard,
  ({ island, ...inline }, tree, root) => ({
    ...inline,
    tree: { ...tree, island: { ...tree.island, ...island } },
    base: root,
  }),
);
