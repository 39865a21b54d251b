/**
 * A finished walk as a document to keep: Markdown for minutes and e-mails,
 * JSON for tools. Pure, so the island and the tests share it.
 */
import type { OutcomeNode, QuestionNode, WizardTree } from './types.ts';

export interface WalkRecord {
  tree: WizardTree;
  steps: { question: QuestionNode; answerId: string }[];
  outcome: OutcomeNode;
  /** Absolute or site-relative URL of a document page, for links in the export. */
  docUrl: (doc: string, anchor: string) => string;
  /** Link that reopens this result. */
  shareUrl: string;
  date: Date;
}

const label = (q: QuestionNode, answerId: string) => q.answers.find((a) => a.id === answerId)?.label ?? answerId;

export function toMarkdown(r: WalkRecord): string {
  const lines = [
    `# ${r.tree.title}`,
    '',
    `Result: **${r.outcome.title}**`,
    '',
    r.outcome.recommendation,
    '',
    '## Your answers',
    '',
    ...r.steps.map((s) => `- ${s.question.title} — ${label(s.question, s.answerId)}`),
    '',
    '## What the text says',
    '',
  ];
  for (const c of r.outcome.citations) {
    lines.push(`> ${c.quote}`, `> — [${c.doc}#${c.anchor}](${r.docUrl(c.doc, c.anchor)})`, '');
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
  if (r.outcome.siteNote)
    lines.push(`_Note from the Cybersecurity Governance Guide (not DCAF's text):_ ${r.outcome.siteNote}`, '');
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
      })),
      outcome: {
        id: r.outcome.id,
        title: r.outcome.title,
        recommendation: r.outcome.recommendation,
        citations: r.outcome.citations.map((c) => ({ ...c, url: r.docUrl(c.doc, c.anchor) })),
        nextSteps: r.outcome.nextSteps.map((n) => ({ ...n, url: r.docUrl(n.doc, n.anchor) })),
        siteNote: r.outcome.siteNote,
      },
    },
    null,
    2,
  );
}
