/** The comparison island (_client/compare.js): its data arrives as a data script (CompareIsland.astro). */
import type { CompareData } from '../../lib/tools/types';
import { registerIsland } from '../client/islands';
import CompareView from './CompareView';

registerIsland<Record<string, never>, CompareData, Parameters<typeof CompareView>[0]>(
  'compare',
  CompareView,
  (_, data, root) => ({
    data,
    base: root,
  }),
);
