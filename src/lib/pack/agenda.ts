/**
 * A proposed agenda for a first meeting, for the convener to edit: the steps
 * of the text in its own order — for a partnership, DCAF's PPP Guide 2.1
 * (planning) then 2.2 (setting up) then 2.3 (running); for an institution,
 * the recommendations of the booklet — each with the results and open points
 * of the plan that bear on it. The item titles are the text's own headings;
 * the rest is this site's wording. Pure.
 */
import type { PackKind } from './file';
import type { PackView } from './view';

interface Step {
  /** The heading as the text numbers it. */
  title: string;
  /** The tools whose results belong under it (by their titles in the view). */
  tools?: readonly string[];
}

const STEPS: Record<PackKind, Step[]> = {
  partnership: [
    { title: '2.1 Commit to multi-stakeholder cooperation in cybersecurity' },
    { title: '2.1 Create a stakeholder map', tools: ['maturity'] },
    { title: '2.1 Focus on finding common ground in initial discussions' },
    { title: "2.1 Clearly define the PPP's objective(s)", tools: ['ppp-type'] },
    { title: '2.1 Inform prospective PPP members of the benefits of participation' },
    { title: '2.2 Define the roles and responsibilities of all members' },
    { title: '2.2 Determine the appropriate level of formality', tools: ['formality'] },
    { title: '2.2 Define the hierarchical structure', tools: ['hierarchy-financing'] },
    { title: '2.2 Establish a financial plan' },
    { title: '2.3 Employ strategic planning and evaluate results' },
  ],
  institution: [
    { title: 'III.1 Appoint a single national cybersecurity agency', tools: ['agency-structure'] },
    { title: 'III.2–5 Mandate, statutory powers, structure and capacity to evolve' },
    { title: 'Sectoral CERT III.1 Understand the need for a sectoral CERT', tools: ['sectoral-cert'] },
    { title: 'Sectoral CERT III.2–5 Ecosystem, sector, host entity, legislation and legal authority' },
  ],
};

export interface AgendaTrees {
  /** Tool title by wizard id, to find each tool's result in the view. */
  titles: Record<string, string>;
}

/** The agenda as plain text, one numbered item a line, results and open points indented under their step. */
export function proposeAgenda(view: PackView, { titles }: AgendaTrees): string {
  const lines = ['1. Welcome, purpose of the meeting, and how notes will be shared (agree a TLP label)'];
  let n = 1;
  const placed = new Set<string>();
  for (const step of STEPS[view.kind]) {
    lines.push(`${++n}. ${step.title}`);
    for (const id of step.tools ?? []) {
      const tool = titles[id];
      const result = view.results.find((r) => r.tool === tool);
      if (!tool || !result) continue;
      placed.add(tool);
      lines.push(
        `   - ${result.headline ? `Result of “${tool}”: ${result.headline}` : `To discuss: “${tool}” (not answered yet)`}`,
      );
      for (const p of view.openPoints.filter((o) => o.tool === tool)) lines.push(`   - Open point: ${p.title}`);
    }
  }
  const others = view.openPoints.filter((o) => !placed.has(o.tool));
  if (view.conflicts.length || others.length) {
    lines.push(`${++n}. Points to settle`);
    for (const c of view.conflicts) lines.push(`   - ${c.title}`);
    for (const p of others) lines.push(`   - Open point: ${p.title}`);
  }
  lines.push(`${++n}. Next steps, who does what, and the date of the next meeting`);
  return `${lines.join('\n')}\n`;
}
