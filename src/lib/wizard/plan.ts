/**
 * The combined plan for a first meeting: the results of the partnership tools
 * gathered in one document, with the convener's notes. Pure; the page keeps
 * the answers and notes in localStorage only.
 */
import { walk } from './engine.ts';
import type { OutcomeNode, WizardTree } from './types.ts';

export const PLAN_TREES = ['maturity', 'ppp-type', 'formality', 'hierarchy-financing'] as const;
export const NOTES_KEY = 'cgg:plan:notes';

export interface PlanSection {
  tree: WizardTree;
  /** Undefined while the tool has not been finished on this computer. */
  outcome?: OutcomeNode | undefined;
  answers: { question: string; answer: string }[];
  note: string;
}

export function planSection(tree: WizardTree, answers: readonly string[], note: string): PlanSection {
  const r = walk(tree, answers);
  const done = r.ok && r.node.kind === 'outcome' ? r.node : undefined;
  return {
    tree,
    outcome: done,
    answers: r.ok ? r.steps.map((s) => ({ question: s.question.title, answer: s.answer.label })) : [],
    note,
  };
}

/** Notes are a plain { [treeId]: text } object; anything else in storage is ignored. */
export function parseNotes(raw: string | null): Record<string, string> {
  try {
    const value: unknown = raw ? JSON.parse(raw) : {};
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

export function planToMarkdown(
  sections: readonly PlanSection[],
  docUrl: (doc: string, anchor: string) => string,
  date: Date,
): string {
  const lines = [
    '# Plan for a first meeting',
    '',
    `Prepared with the Cybersecurity Governance Guide, ${date.toISOString().slice(0, 10)}.`,
    '',
  ];
  for (const s of sections) {
    lines.push(`## ${s.tree.title}`, '');
    if (s.outcome) {
      lines.push(`**${s.outcome.title}**`, '', s.outcome.recommendation, '');
      for (const c of s.outcome.citations) lines.push(`> ${c.quote}`, `> — ${docUrl(c.doc, c.anchor)}`, '');
      lines.push(...s.outcome.nextSteps.map((n) => `- ${n.label}: ${docUrl(n.doc, n.anchor)}`), '');
    } else lines.push('_Not answered yet._', '');
    if (s.note.trim()) lines.push('Notes:', '', s.note.trim(), '');
  }
  lines.push('---', "Quoted passages are from DCAF publications; recommendations and notes are not DCAF's text.", '');
  return lines.join('\n');
}

export function planToJson(sections: readonly PlanSection[], date: Date): string {
  return JSON.stringify(
    {
      plan: 'first-meeting',
      date: date.toISOString(),
      sections: sections.map((s) => ({
        tool: s.tree.id,
        toolVersion: s.tree.version,
        title: s.tree.title,
        answers: s.answers,
        outcome: s.outcome
          ? {
              id: s.outcome.id,
              title: s.outcome.title,
              recommendation: s.outcome.recommendation,
              citations: s.outcome.citations,
            }
          : null,
        note: s.note,
      })),
    },
    null,
    2,
  );
}
