/** The stakeholder-map island (_client/stakeholders.js): its data arrives as a data script (StakeholdersIsland.astro). */
import type { StakeholderData } from '../../lib/tools/types';
import { registerIsland } from '../client/islands';
import StakeholderMap from './StakeholderMap';

registerIsland<Record<string, never>, StakeholderData, Parameters<typeof StakeholderMap>[0]>(
  'stakeholders',
  StakeholderMap,
  (_, data, root) => ({ data, base: root }),
);
