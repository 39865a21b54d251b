/** Hydrates the stakeholder map; bundled as the wizard's entry is (see wizard-entry.ts). */
import { hydrateIslands } from '../wizard/hydrate';
import StakeholderMap from './StakeholderMap';

hydrateIslands('stakeholders', StakeholderMap);
