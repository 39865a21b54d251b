/**
 * The shape of a decision tree, as stored in content/wizards/<id>.json.
 * Flows are data (after GOV.UK Smart Answers): questions lead by answers to
 * other nodes, and every path ends in an outcome that cites the text.
 */

/** A passage of the source that a question or outcome rests on. */
export interface Citation {
  /** Document id, as in the URL: "ppp-guide/chapter-3", "booklets/sectoral-certs". */
  doc: string;
  /** Heading or element id on that page: "3-1-critical-infrastructure", "table-2", "box-4". */
  anchor: string;
  /** The source's own words, verbatim (checked against the source text). */
  quote: string;
}

/** A link into the documents, with the site's own label. */
export interface DocLink {
  label: string;
  doc: string;
  anchor: string;
}

export interface Answer {
  /** Lower-case letters, digits and hyphens; unique within its question; goes in URLs. */
  id: string;
  label: string;
  /** Optional one-line explanation under the label. */
  hint?: string;
  /** Id of the next node (question or outcome). */
  next: string;
}

export interface QuestionNode {
  kind: 'question';
  id: string;
  /** The question, as asked (site's wording). */
  title: string;
  hint?: string;
  /** "Why we ask": the passage that makes this question matter. */
  why: Citation;
  answers: Answer[];
}

export interface OutcomeNode {
  kind: 'outcome';
  id: string;
  title: string;
  /** The recommendation in the site's words, saying no more than the cited text. */
  recommendation: string;
  /** At least one; the first is the main ground of the recommendation. */
  citations: Citation[];
  /** Examples the text gives (boxes, named initiatives). */
  examples?: DocLink[];
  /** What to read or do next. */
  nextSteps: DocLink[];
  /** A note that is the site's own (e.g. TLP 2.0), shown marked as such. */
  siteNote?: string;
}

export type WizardNode = QuestionNode | OutcomeNode;

export interface WizardTree {
  /** Lower-case, hyphenated; the page is /tools/<id>/. */
  id: string;
  /** Raise whenever answers or nodes change, so old links are detected. */
  version: number;
  title: string;
  /** One line for the /tools/ index. */
  summary: string;
  /** Where the tree is embedded in the documents. */
  embedIn: { doc: string; anchor: string };
  start: string;
  nodes: WizardNode[];
}
