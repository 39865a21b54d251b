/** The self-check island (_client/governance.js): its data arrives as a data script (GovernanceIsland.astro). */
import type { GovernanceData } from '../../lib/tools/types';
import { registerIsland } from '../client/islands';
import GovernanceCheck from './GovernanceCheck';

registerIsland<Record<string, never>, GovernanceData, Parameters<typeof GovernanceCheck>[0]>(
  'governance',
  GovernanceCheck,
  (_, data, root) => ({ data, base: root }),
);
