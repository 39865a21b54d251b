/** The wizard island (_client/wizard.js): the tree arrives as data, the answers and mode inline (WizardIsland.astro). */
import type { WizardTree } from '../../lib/wizard/types';
import { registerIsland } from '../client/islands';
import Wizard from './Wizard';

interface Inline {
  initial: string[];
  mode: 'page' | 'embed';
}

registerIsland<Inline, WizardTree, Parameters<typeof Wizard>[0]>('wizard', Wizard, (inline, tree, root) => ({
  ...inline,
  tree,
  base: root,
}));
