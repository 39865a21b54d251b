/** The wizard island (_client/wizard.js): the tree arrives as data, the answers and mode inline (WizardIsland.astro). */
import type { IslandExtras } from '../../lib/wizard/island';
import type { WizardTree } from '../../lib/wizard/types';
import { registerIsland } from '../client/islands';
import Wizard from './Wizard';

interface Inline {
  initial: string[];
  mode: 'page' | 'embed';
  island?: IslandExtras;
}

registerIsland<Inline, WizardTree, Parameters<typeof Wizard>[0]>(
  'wizard',
  Wizard,
  ({ island, ...inline }, tree, root) => ({
    ...inline,
    tree: island ? { ...tree, island } : tree,
    base: root,
  }),
);
