/** Hydrates the good-governance self-check; bundled as the wizard's entry is (see wizard-entry.ts). */
import { hydrateIslands } from '../wizard/hydrate';
import GovernanceCheck from './GovernanceCheck';

hydrateIslands('governance', GovernanceCheck);
