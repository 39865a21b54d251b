/** Hydrates the PPP-type comparison; bundled as the wizard's entry is (see wizard-entry.ts). */
import { hydrateIslands } from '../wizard/hydrate';
import CompareView from './CompareView';

hydrateIslands('compare', CompareView);
