/** The plan island (_client/plan.js): the trees arrive as data (PlanIsland.astro). */
import type { IslandTree } from '../../lib/wizard/island';
import { registerIsland } from '../client/islands';
import PlanView from './PlanView';

registerIsland<Record<string, never>, IslandTree[], Parameters<typeof PlanView>[0]>(
  'plan',
  PlanView,
  (_, trees, root) => ({
    trees,
    base: root,
  }),
);
