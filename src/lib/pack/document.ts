/**
 * The meeting pack as a sequence of blocks: the one place that decides what
 * the exported pack says, in what order and under which labels. Markdown and
 * Word only render these blocks, so both say the same thing.
 */
import {
  ATTRIBUTION,
  citationByLabel,
  citationRuns,
  DCAF_TEXT,
  PUBLICATION_NAMES,
  publicationRuns,
  READER_TEXT,
  type Run,
  SITE_NOTE,
  SITE_RECOMMENDATION,
  SITE_SUMMARY,
  siteCredit,
} from '../citation';
import { TLP_MEANINGS, tlpMarking } from './tlp';
import { KIND_LABELS, type PackPassage, type PackView, SECTION_TITLES } from './view';

export interface StyledRun extends Run {
  bold?: boolean;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** The TLP marking at the top: the label, then what it means. */
  | { kind: 'marking'; label: string; meaning: StyledRun[] }
  | { kind: 'paragraph'; runs: StyledRun[] }
  /** Text the convener typed: kept as text, line breaks and paragraphs and all. */
  | { kind: 'reader'; text: string }
  /** A passage of DCAF's text and its citation. */
  | { kind: 'quote'; text: string; citation: StyledRun[] }
  | { kind: 'list'; items: StyledRun[][] };

export interface PackDocument {
  title: string;
  /** "TLP:AMBER", printed in the header and footer of every page; undefined when unmarked. */
  marking?: string;
  blocks: Block[];
  /** The last words of every export: the marking, whose text is whose, and where it was made. */
  footer: string;
  /** The footer without the marking, for renderers that style the marking. */
  footerText: string;
}

export const LABELS = {
  notFilled: 'Not filled in.',
  notAnswered: 'Not answered yet.',
  results: 'Results of the tools',
  answers: 'The answers it rests on',
  passages: `What ${DCAF_TEXT} says`,
  yourNote: `Notes on this result (${READER_TEXT.charAt(0).toLowerCase()}${READER_TEXT.slice(1)})`,
  openPoints: 'Open points',
  conflicts: 'Where the results pull in different directions',
  governance: 'Good-governance self-check',
  sources: 'Sources',
  between: 'Between',
} as const;

const plain = (text: string): StyledRun => ({ text });
const bold = (text: string): StyledRun => ({ text, bold: true });

function passageBlocks(passages: readonly PackPassage[]): Block[] {
  return passages.map((p) => ({ kind: 'quote', text: p.quote, citation: [plain('— '), ...citationRuns(p.source)] }));
}

function readerBlocks(text: string): Block[] {
  return text.trim()
    ? [{ kind: 'reader', text }]
    : [{ kind: 'paragraph', runs: [{ text: LABELS.notFilled, italic: true }] }];
}

/** Text in the site's words, after its label: "This site's summary: …". */
const labelled = (label: string, text: string): Block => ({
  kind: 'paragraph',
  runs: [bold(`${label}: `), plain(text)],
});

export function packDocument(view: PackView): PackDocument {
  const blocks: Block[] = [];
  const marking = view.tlp ? tlpMarking(view.tlp) : undefined;
  if (view.tlp && marking) {
    const m = TLP_MEANINGS[view.tlp];
    const by = m.by === 'booklet' ? `${PUBLICATION_NAMES.booklets}, III.5` : `${SITE_NOTE.toLowerCase()}`;
    blocks.push({
      kind: 'marking',
      label: marking,
      meaning: [plain(`${m.meaning} (${by}). The originator of the information sets the label.`)],
    });
  }
  blocks.push(
    { kind: 'heading', level: 1, text: view.title },
    { kind: 'paragraph', runs: [plain(`${KIND_LABELS[view.kind]}. ${view.date}.`)] },
  );

  for (const id of ['purpose', 'invitees', 'agenda'] as const) {
    blocks.push({ kind: 'heading', level: 2, text: SECTION_TITLES[id] }, ...readerBlocks(view.sections[id]));
  }

  blocks.push({ kind: 'heading', level: 2, text: LABELS.results });
  for (const r of view.results) {
    blocks.push({ kind: 'heading', level: 3, text: r.tool });
    if (r.headline === undefined) {
      blocks.push({ kind: 'paragraph', runs: [{ text: LABELS.notAnswered, italic: true }] });
    } else {
      blocks.push({ kind: 'paragraph', runs: [bold(r.headline)] });
      if (r.recommendation) blocks.push(labelled(SITE_RECOMMENDATION, r.recommendation));
      if (r.siteNote) blocks.push(labelled(SITE_NOTE, r.siteNote));
    }
    if (r.answers.length) {
      blocks.push({ kind: 'paragraph', runs: [bold(`${LABELS.answers}:`)] });
      blocks.push({
        kind: 'list',
        items: r.answers.map((a) => [
          plain(`${a.question} — `),
          bold(a.answer),
          ...(a.from ? [plain(` (answered in “${a.from}”)`)] : []),
        ]),
      });
    }
    if (r.passages.length) {
      blocks.push({ kind: 'paragraph', runs: [bold(`${LABELS.passages}:`)] }, ...passageBlocks(r.passages));
    }
    for (const d of r.details ?? []) {
      blocks.push(
        { kind: 'paragraph', runs: [bold(d.title)] },
        labelled(SITE_SUMMARY, d.text),
        ...passageBlocks(d.passages),
      );
    }
    if (r.note?.trim())
      blocks.push({ kind: 'paragraph', runs: [bold(`${LABELS.yourNote}:`)] }, ...readerBlocks(r.note));
  }

  if (view.openPoints.length) {
    blocks.push({ kind: 'heading', level: 2, text: LABELS.openPoints });
    for (const p of view.openPoints) {
      blocks.push(
        { kind: 'paragraph', runs: [bold(p.title), plain(` (from “${p.tool}”)`)] },
        labelled(SITE_SUMMARY, p.text),
        ...passageBlocks(p.passages),
      );
    }
  }

  if (view.conflicts.length) {
    blocks.push({ kind: 'heading', level: 2, text: LABELS.conflicts });
    for (const c of view.conflicts) {
      blocks.push(
        { kind: 'heading', level: 3, text: c.title },
        { kind: 'paragraph', runs: [plain(`${LABELS.between}: ${c.between.map((b) => `“${b}”`).join(' and ')}.`)] },
        labelled(SITE_SUMMARY, c.text),
        ...passageBlocks(c.passages),
      );
    }
  }

  if (view.governance?.length) {
    blocks.push({ kind: 'heading', level: 2, text: LABELS.governance });
    for (const g of view.governance) {
      blocks.push({ kind: 'paragraph', runs: [bold(`${g.principle}: `), plain(`${g.counts}.`)] });
      for (const t of g.todo) {
        blocks.push({ kind: 'paragraph', runs: [plain(`${t.check} — `), bold(t.status)] });
        if (t.adviceNote) blocks.push(labelled(SITE_NOTE, t.adviceNote));
        blocks.push(...passageBlocks(t.advice));
      }
    }
  }

  blocks.push({ kind: 'heading', level: 2, text: SECTION_TITLES.notes }, ...readerBlocks(view.sections.notes));

  blocks.push(
    { kind: 'heading', level: 2, text: LABELS.sources },
    { kind: 'list', items: view.sources.map((p) => [...publicationRuns(p), plain(` (${citationByLabel(p)}).`)]) },
  );

  const footerText = `${ATTRIBUTION} ${siteCredit(view.siteVersion, view.date)}`;
  const footer = marking ? `${marking}. ${footerText}` : footerText;
  return { title: view.title, ...(marking ? { marking } : {}), blocks, footer, footerText };
}
