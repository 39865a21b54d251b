/**
 * A finished assessment as a document to keep: Markdown for minutes and
 * e-mails, JSON for tools. Pure, so the island and the tests share it.
 */
import {
  ATTRIBUTION,
  type CitationSource,
  citationRuns,
  citationText,
  DCAF_TEXT,
  SITE_NAME,
  SITE_NOTE as SITE_NOTE_LABEL,
  SITE_RECOMMENDATION,
} from '../citation.ts';
import { escapeMarkdownInline, markdownLink, runsToMarkdown } from '../markdown-safe.ts';
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
  /** Where a cited passage is (section, paragraph) and the link a memo can use; undefined if unknown. */
  cite: (doc: string, anchor: string) => CitationSource | undefined;
  /** A link to a place in the documents that can leave this computer (a web address), or undefined. */
  href: (doc: string, anchor: string) => string | undefined;
  /** Link that reopens this result, or undefined where it would work only on this computer (file://). */
  shareUrl: string | undefined;
  date: Date;
}

const label = (q: Question, answerId: string) => q.answers.find((a) => a.id === answerId)?.label ?? answerId;

/** The full headline, with the site's own part marked. */
export function headlineText(result: Result, notes: readonly Note[]): string {
  const main = headline(result, notes);
  return result.siteHeadline ? `${main} (${result.siteHeadline}, a note from this site)` : main;
}

export function toMarkdown(r: WalkRecord): string {
  const citation = (c: Citation) => {
    const source = r.cite(c.doc, c.anchor);
    return source ? runsToMarkdown(citationRuns(source)) : escapeMarkdownInline(`${c.doc}, ${c.anchor}`);
  };
  const quote = (c: Citation) => [`> ${escapeMarkdownInline(c.quote)}`, `> — ${citation(c)}`, ''];
  const link = (l: { label: string; doc: string; anchor: string }) => {
    const href = r.href(l.doc, l.anchor);
    return href ? markdownLink(l.label, href) : escapeMarkdownInline(l.label);
  };
  const from = (questionId: string) => {
    const f = r.preAnswered?.[questionId];
    return f ? ` (from “${f.title}”)` : '';
  };
  const lines = [
    `# ${escapeMarkdownInline(r.tree.title)}`,
    '',
    `Result: **${escapeMarkdownInline(headlineText(r.outcome, r.notes))}**`,
    '',
    `${SITE_RECOMMENDATION}: ${escapeMarkdownInline(r.outcome.recommendation)}`,
    '',
    '## Your answers',
    '',
    ...r.steps.map(
      (s) =>
        `- ${escapeMarkdownInline(`${s.question.title} — ${label(s.question, s.answerId)}${from(s.question.id)}`)}`,
    ),
    '',
    `## What ${DCAF_TEXT} says`,
    '',
    ...r.outcome.citations.flatMap(quote),
  ];
  const { tension, also, checklist } = groupNotes(r.notes);
  const notes = (heading: string, list: readonly Note[]) => {
    if (list.length === 0) return;
    lines.push(`## ${heading}`, '');
    for (const n of list)
      lines.push(
        `### ${escapeMarkdownInline(n.title)}`,
        '',
        escapeMarkdownInline(n.text),
        '',
        ...n.citations.flatMap(quote),
      );
  };
  notes('The factors pull in different directions', tension);
  notes(`${DCAF_TEXT} also says`, also);
  if (checklist.length > 0) {
    lines.push('## Checklist', '');
    for (const n of checklist) {
      lines.push(
        `- [${n.kind === 'settled' ? 'x' : ' '}] **${escapeMarkdownInline(n.title)}** (${n.kind}): ${escapeMarkdownInline(n.text)}`,
      );
      for (const c of n.citations) lines.push(`  > ${escapeMarkdownInline(c.quote)} — ${citation(c)}`);
    }
    lines.push('');
  }
  if (r.outcome.examples?.length) {
    lines.push('## Examples in the text', '', ...r.outcome.examples.map((e) => `- ${link(e)}`), '');
  }
  lines.push('## Next steps', '', ...r.outcome.nextSteps.map((n) => `- ${link(n)}`), '');
  if (r.outcome.siteNote)
    lines.push(`_${SITE_NOTE_LABEL} (not DCAF's text):_ ${escapeMarkdownInline(r.outcome.siteNote)}`, '');
  lines.push(
    '---',
    '',
    `Made with ${SITE_NAME} on ${r.date.toISOString().slice(0, 10)}${r.shareUrl ? `: ${markdownLink(r.shareUrl, r.shareUrl)}` : ' (opened from this computer: no link to share)'}.`,
    ATTRIBUTION,
    '',
  );
  return lines.join('\n');
}

export function toJson(r: WalkRecord): string {
  const cite = (c: Citation) => {
    const source = r.cite(c.doc, c.anchor);
    return {
      ...c,
      ...(source ? { citation: citationText(source) } : {}),
      ...(r.href(c.doc, c.anchor) ? { url: r.href(c.doc, c.anchor) } : {}),
    };
  };
  return JSON.stringify(
    {
      tool: r.tree.id,
      toolVersion: r.tree.version,
      title: r.tree.title,
      date: r.date.toISOString(),
      ...(r.shareUrl ? { link: r.shareUrl } : {}),
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
        nextSteps: r.outcome.nextSteps.map((n) => ({
          ...n,
          ...(r.href(n.doc, n.anchor) ? { url: r.href(n.doc, n.anchor) } : {}),
        })),
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
