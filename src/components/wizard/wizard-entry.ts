/**
 * Hydrates every wizard on the page. Bundled twice: by Astro as a module
 * script for the web build (WizardIsland.astro), and by esbuild as one classic
 * script for the offline build (src/integrations/offline.ts), as module
 * scripts do not run from file:// in Chromium.
 */
import { hydrateIslands } from './hydrate';
import Wizard from './Wizard';

hydrateIslands('wizard', Wizard);
