/** Hydrates the plan; bundled as wizard-entry.ts is (see there). */
import { hydrateIslands } from './hydrate';
import PlanView from './PlanView';

hydrateIslands('plan', PlanView);
