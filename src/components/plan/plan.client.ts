/** The plan island (_client/plan.js): trees, citations and the stakeholder labels arrive as data (PlanIsland.astro). */
import type { PackKind } from '../../lib/pack/file';
import { registerIsland } from '../client/islands';
import PlanView, { type PlanData } from './PlanView';

interface Inline {
  kind: PackKind;
  siteVersion: string;
  docxSrc: string;
  packFilesSrc: string;
  publicSiteUrl?: string;
}

registerIsland<Inline, PlanData, Parameters<typeof PlanView>[0]>('plan', PlanView, (inline, data, root) => ({
  ...inline,
  ...data,
  base: root,
}));
