/**
 * The meeting pack as plain data, ready to show: what the printed page shows,
 * and what the Markdown and Word exports render. The plan builds it from the
 * pack (answers, notes, sections) and the trees; nothing here needs the DOM.
 */
import type { CitationSource, CitedPublication } from '../citation';
import type { PackKind, SectionId } from './file';
import type { TlpLabel } from './tlp';

/** A passage of DCAF's text: the quote, verbatim, and where it is. */
export interface PackPassage {
  quote: string;
  source: CitationSource;
}

export interface PackAnswer {
  question: string;
  answer: string;
  /** Where a shared answer came from: the title of the tool that asked it. */
  from?: string;
}

/** A part of a result shown for certain answers ("also", a tension, a settled point). */
export interface PackDetail {
  title: string;
  /** This site's wording. */
  text: string;
  passages: PackPassage[];
}

export interface PackResult {
  /** The tool's title. */
  tool: string;
  /** The result's id (data-outcome on the page), once answered. */
  outcome?: string;
  /** The result's headline; undefined while the tool has not been answered. */
  headline?: string;
  /** This site's recommendation. */
  recommendation?: string;
  /** A note that is this site's own. */
  siteNote?: string;
  /** The answers the result rests on, in asking order. */
  answers: PackAnswer[];
  /** The passages the result rests on, the main one first. */
  passages: PackPassage[];
  details?: PackDetail[];
  /** The convener's note on this result. */
  note?: string;
}

export interface PackOpenPoint {
  /** The tool that raised it. */
  tool: string;
  title: string;
  /** This site's wording. */
  text: string;
  passages: PackPassage[];
}

/** Two results that pull in different directions, with both passages. */
export interface PackConflict {
  /** The conflict's id in shared.json (data-conflict on the page). */
  id?: string;
  title: string;
  /** This site's wording. */
  text: string;
  /** The results (or tools) in conflict, as "Tool: headline". */
  between: string[];
  passages: PackPassage[];
}

/** One principle of the good-governance self-check (Guide 1.2, Table 1), as the convener answered it. */
export interface PackGovernance {
  principle: string;
  /** "2 in place, 1 partly, 1 not yet": counts, no score. */
  counts: string;
  /** The checks partly or not yet in place, each with the text's advice. */
  todo: { check: string; status: string; advice: PackPassage[]; adviceNote?: string }[];
}

export interface PackView {
  title: string;
  kind: PackKind;
  /** As printed: "2026-12-01". */
  date: string;
  siteVersion: string;
  tlp?: TlpLabel;
  /** The convener's own text. */
  sections: Record<SectionId, string>;
  results: PackResult[];
  openPoints: PackOpenPoint[];
  conflicts: PackConflict[];
  /** The self-check, when the convener has answered it in this browser. */
  governance?: PackGovernance[];
  /** The publications cited, in full. */
  sources: CitedPublication[];
}

export const SECTION_TITLES: Record<SectionId, string> = {
  purpose: 'Purpose of the meeting',
  invitees: 'Invitees',
  agenda: 'Agenda',
  notes: 'Notes',
};

export const KIND_LABELS: Record<PackKind, string> = {
  partnership: 'A plan for a public–private partnership',
  institution: 'A plan for a national institution (sectoral CERT or cybersecurity agency)',
};
