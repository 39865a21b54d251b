/**
 * The combined plan for a first meeting: the results of the partnership tools
 * gathered in one document, with the convener's notes, and the points where
 * two results disagree (shared.json's conflicts). Pure; the page keeps the
 * answers and notes in localStorage only.
 */
import { headline, walk } from './engine.ts';
import type { Conflict } from './shared.ts';
import type { Note, Result, WizardTree } from './types.ts';

export const PLAN_TREES = ['maturity', 'ppp-type', 'formality', 'hierarchy-financing'] as const;
export const NOTES_KEY = 'cgg:plan:notes';

export interface PlanSection {
  tree: WizardTree;
  /** Undefined while the tool has not been finished on this computer. */
  outcome?: Result | undefined;
  /** Notes shown with the result (empty while unfinished). */
  notes: Note[];
  /** The result's title with its notes' headlines. */
  headline?: string | undefined;
  answers: { question: string; answer: string }[];
  note: string;
}

export function planSection(tree: WizardTree, answers: readonly string[], note: string): PlanSection {
  const r = walk(tree, answers);
  const done = r.ok && r.done ? r : undefined;
  return {
    tree,
    outcome: done?.result,
    notes: done?.notes ?? [],
    headline: done ? headline(done.result, done.notes) : undefined,
    answers: r.ok ? r.steps.map((s) => ({ question: s.question.title, answer: s.answer.label })) : [],
    note,
  };
}

/** The conflicts whose every side holds: each named wizard is finished with one of the listed results. */
export function planConflicts(conflicts: readonly Conflict[], sections: readonly PlanSection[]): Conflict[] {
  const results = new Map(sections.map((s) => [s.tree.id, s.outcome?.id]));
  return conflicts.filter((c) =>
    Object.entries(c.when).every(([treeId, ids]) => {
      const id = results.get(treeId);
      return id !== undefined && ids.includes(id);
    }),
  );
}

/** Conflicts that mention any of these trees, each once (the plan page gets them through its trees). */
export function conflictsFor(conflicts: readonly Conflict[], treeIds: readonly string[]): Conflict[] {
  return conflicts.filter((c) => Object.keys(c.when).some((id) => treeIds.includes(id)));
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
  conflicts: readonly Conflict[] = [],
): string {
  const lines = [
    '# Plan for a first meeting',
    '',
    `Prepared with the Cybersecurity Governance Guide, ${date.toISOString().slice(0, 10)}.`,
    '',
  ];
  if (conflicts.length > 0) {
    lines.push('## Where the results disagree', '');
    for (const c of conflicts) {
      lines.push(`### ${c.title}`, '', c.text, '');
      for (const q of c.citations) lines.push(`> ${q.quote}`, `> — ${docUrl(q.doc, q.anchor)}`, '');
    }
  }
  for (const s of sections) {
    lines.push(`## ${s.tree.title}`, '');
    if (s.outcome) {
      lines.push(`**${s.headline ?? s.outcome.title}**`, '', s.outcome.recommendation, '');
      for (const c of s.outcome.citations) lines.push(`> ${c.quote}`, `> — ${docUrl(c.doc, c.anchor)}`, '');
      for (const n of s.notes.filter((x) => x.kind !== 'settled')) {
        const kind = n.kind === 'tension' ? 'Tension' : n.kind === 'open' ? 'Open point' : 'Also';
        lines.push(`- ${kind}: **${n.title}**. ${n.text}`);
      }
      if (s.notes.some((x) => x.kind !== 'settled')) lines.push('');
      lines.push(...s.outcome.nextSteps.map((n) => `- ${n.label}: ${docUrl(n.doc, n.anchor)}`), '');
    } else lines.push('_Not answered yet._', '');
    if (s.note.trim()) lines.push('Notes:', '', s.note.trim(), '');
  }
  lines.push('---', "Quoted passages are from DCAF publications; recommendations and notes are not DCAF's text.", '');
  return lines.join('\n');
}

export function planToJson(sections: readonly PlanSection[], date: Date, conflicts: readonly Conflict[] = []): string {
  return JSON.stringify(
    {
      plan: 'first-meeting',
      date: date.toISOString(),
      conflicts: conflicts.map((c) => ({ id: c.id, title: c.title, text: c.text, citations: c.citations })),
      sections: sections.map((s) => ({
        tool: s.tree.id,
        toolVersion: s.tree.version,
        title: s.tree.title,
        answers: s.answers,
        outcome: s.outcome
          ? {
              id: s.outcome.id,
              title: s.outcome.title,
              headline: s.headline,
              recommendation: s.outcome.recommendation,
              citations: s.outcome.citations,
              notes: s.notes.map((n) => ({ id: n.id, kind: n.kind, title: n.title, text: n.text })),
            }
          : null,
        note: s.note,
      })),
    },
    null,
    2,
  );
}
