/**
 * A finished assessment as a document to keep: Markdown for minutes and
 * e-mails, JSON for tools. Pure, so the island and the tests share it.
 */
import { headline } from './engine.ts';
import type { KnownFact } from './facts.ts';
import { groupNotes } from './present.ts';
import type { Citation, Note, Question, Result, WizardTree } from './types.ts';

export interface WalkRecord {
  tree: WizardTree;
  steps: { question: Question; answerId: string }[];
  outcome: Result;
  /** Notes shown with the result, in data order. */
  notes: Note[];
  /** Answers taken from another wizard, by question id. */
  preAnswered?: Record<string, KnownFact>;
  /** Absolute or site-relative URL of a document page, for links in the export. */
  docUrl: (doc: string, anchor: string) => string;
  /** Link that reopens this result. */
  shareUrl: string;
  date: Date;
}

const SITE_NOTE = "_Note from the Cybersecurity Governance Guide (not DCAF's text):_";

const label = (q: Question, answerId: string) => q.answers.find((a) => a.id === answerId)?.label ?? answerId;

/** The full headline, with the site's own part marked. */
export function headlineText(result: Result, notes: readonly Note[]): string {
  const main = headline(result, notes);
  return result.siteHeadline ? `${main} (${result.siteHeadline}, a note from this site)` : main;
}

export function toMarkdown(r: WalkRecord): string {
  const quote = (c: Citation) => [`> ${c.quote}`, `> — [${c.doc}#${c.anchor}](${r.docUrl(c.doc, c.anchor)})`, ''];
  const from = (questionId: string) => {
    const f = r.preAnswered?.[questionId];
    return f ? ` (from “${f.title}”)` : '';
  };
  const lines = [
    `# ${r.tree.title}`,
    '',
    `Result: **${headlineText(r.outcome, r.notes)}**`,
    '',
    r.outcome.recommendation,
    '',
    '## Your answers',
    '',
    ...r.steps.map((s) => `- ${s.question.title} — ${label(s.question, s.answerId)}${from(s.question.id)}`),
    '',
    '## What the text says',
    '',
    ...r.outcome.citations.flatMap(quote),
  ];
  const { tension, also, checklist } = groupNotes(r.notes);
  if (tension.length > 0) {
    lines.push('## The factors pull in different directions', '');
    for (const n of tension) lines.push(`### ${n.title}`, '', n.text, '', ...n.citations.flatMap(quote));
  }
  if (also.length > 0) {
    lines.push('## The text also says', '');
    for (const n of also) lines.push(`### ${n.title}`, '', n.text, '', ...n.citations.flatMap(quote));
  }
  if (checklist.length > 0) {
    lines.push('## Checklist', '');
    for (const n of checklist) {
      lines.push(`- [${n.kind === 'settled' ? 'x' : ' '}] **${n.title}** (${n.kind}): ${n.text}`);
      for (const c of n.citations) lines.push(`  > ${c.quote} — [${c.doc}#${c.anchor}](${r.docUrl(c.doc, c.anchor)})`);
    }
    lines.push('');
  }
  if (r.outcome.examples?.length) {
    lines.push(
      '## Examples in the text',
      '',
      ...r.outcome.examples.map((e) => `- [${e.label}](${r.docUrl(e.doc, e.anchor)})`),
      '',
    );
  }
  lines.push(
    '## Next steps',
    '',
    ...r.outcome.nextSteps.map((n) => `- [${n.label}](${r.docUrl(n.doc, n.anchor)})`),
    '',
  );
  if (r.outcome.siteNote) lines.push(`${SITE_NOTE} ${r.outcome.siteNote}`, '');
  lines.push(
    '---',
    '',
    `Made with the Cybersecurity Governance Guide on ${r.date.toISOString().slice(0, 10)}: ${r.shareUrl}`,
    "Quoted passages are from DCAF publications; the recommendation wording is the Guide's own.",
    '',
  );
  return lines.join('\n');
}

export function toJson(r: WalkRecord): string {
  const cite = (c: Citation) => ({ ...c, url: r.docUrl(c.doc, c.anchor) });
  return JSON.stringify(
    {
      tool: r.tree.id,
      toolVersion: r.tree.version,
      title: r.tree.title,
      date: r.date.toISOString(),
      link: r.shareUrl,
      answers: r.steps.map((s) => ({
        question: s.question.id,
        questionText: s.question.title,
        answer: s.answerId,
        answerText: label(s.question, s.answerId),
        ...(r.preAnswered?.[s.question.id] ? { from: r.preAnswered[s.question.id]!.tree } : {}),
      })),
      outcome: {
        id: r.outcome.id,
        title: r.outcome.title,
        headline: headline(r.outcome, r.notes),
        siteHeadline: r.outcome.siteHeadline,
        recommendation: r.outcome.recommendation,
        citations: r.outcome.citations.map(cite),
        nextSteps: r.outcome.nextSteps.map((n) => ({ ...n, url: r.docUrl(n.doc, n.anchor) })),
        siteNote: r.outcome.siteNote,
      },
      notes: r.notes.map((n) => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        text: n.text,
        citations: n.citations.map(cite),
      })),
    },
    null,
    2,
  );
}
