/** The site's tools, in the order the home page and /tools/ list them: the one list (search indexes it too). */
import type { ManifestTool } from '../lib/manifest';
import { PLAN_KINDS } from '../lib/pack/kinds';
import { loadTrees } from './wizards';

export async function loadTools(): Promise<ManifestTool[]> {
  const trees = await loadTrees();
  return [
    ...trees.map((t) => ({ id: t.id, title: t.title, summary: t.summary, url: `tools/${t.id}/` })),
    {
      id: 'plan',
      title: PLAN_KINDS.partnership.title,
      summary:
        'The results of the partnership tools in one meeting pack: answers, open points, conflicts, agenda, invitees; print it, save it, export it to Word.',
      url: PLAN_KINDS.partnership.url,
    },
    {
      id: 'plan-institution',
      title: PLAN_KINDS.institution.title,
      summary:
        'The results of the agency and sectoral CERT tools in one meeting pack, with every open area and its advice.',
      url: PLAN_KINDS.institution.url,
    },
    {
      id: 'compare',
      title: 'Compare the five types of PPP',
      summary:
        'The types of chapter 3 side by side: objective, partners, formality, confidentiality, funding, warnings, examples.',
      url: 'tools/compare/',
    },
    {
      id: 'stakeholders',
      title: 'Stakeholder map',
      summary: 'List the actors of your community by sector and role, see them mapped, print or export the list.',
      url: 'tools/stakeholders/',
    },
    {
      id: 'governance',
      title: 'Good-governance self-check',
      summary:
        'Check a partnership against the six principles of Table 1, with the text’s advice for what is not yet in place.',
      url: 'tools/governance/',
    },
  ];
}
