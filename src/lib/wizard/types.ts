/**
 * The shape of an assessment, as stored in content/wizards/<id>.json
 * (decision record: docs/arch/0003-assessment-engine.md).
 *
 * Each factor the text names is its own question; the result is derived from
 * ALL the answers by a decision table (`rules`) kept next to the questions;
 * `notes` are parts of a result that appear only for certain answers. The
 * type keeps its old name, WizardTree, because pages, tests and the build
 * already speak of "trees"; it is no longer a tree.
 */

/** A passage of the source that a question, result or note rests on. */
export interface Citation {
  /** Document id, as in the URL: "ppp-guide/chapter-3", "booklets/sectoral-certs". */
  doc: string;
  /** Heading or element id on that page: "3-1-critical-infrastructure", "table-2", "box-4". */
  anchor: string;
  /** The source's own words, verbatim (checked against the built page's text). */
  quote: string;
}

/** A link into the documents, with the site's own label. */
export interface DocLink {
  label: string;
  doc: string;
  anchor: string;
}

export interface Answer {
  /** Lower-case letters, digits and hyphens; unique within its question; goes in URLs. Not "skipped". */
  id: string;
  label: string;
  /** Optional one-line explanation under the label. */
  hint?: string;
}

/**
 * One condition row: AND over the questions it names, each of whose answer
 * must be one of the listed answer ids. The pseudo answer id "skipped"
 * matches a question that was not asked. `{}` holds always.
 */
export type Clause = Record<string, string[]>;

/** The pseudo answer id of a question that was not asked (its askIf did not hold). */
export const SKIPPED = 'skipped';

/** The one answer a shared question may offer beyond the fact's values: it establishes nothing. */
export const NOT_SURE = 'not-sure';

/** The file in content/wizards/ that is not an assessment but what the wizards share. */
export const SHARED_FILE = 'shared.json';

export interface Question {
  /** Unique among the questions; by convention "q-…". */
  id: string;
  /** The question, as asked (site's wording). */
  title: string;
  hint?: string;
  /** "Why we ask": the passage that makes this factor matter. */
  why: Citation;
  answers: Answer[];
  /**
   * Asked only if one of these clauses holds for the answers to EARLIER
   * questions (omit: always asked). Questions are asked in list order.
   */
  askIf?: Clause[];
  /**
   * A fact shared across wizards (content/wizards/shared.json), e.g.
   * "community-stage": the answers must be exactly the fact's values (plus an
   * optional "not-sure"), and a reader who already established the fact
   * elsewhere is not asked again.
   */
  shared?: string;
}

/** One row group of the decision table: any clause holding gives `result`. */
export interface Rule {
  id: string;
  /** OR of clauses. */
  when: Clause[];
  result: string;
}

/** A headline result (what an outcome node was in the old trees). */
export interface Result {
  /** Unique among the results; by convention "o-…". Shown as data-outcome="<id>". */
  id: string;
  title: string;
  /**
   * A part of the headline that is the site's own, not DCAF's (e.g. TLP 2.0's
   * name for the booklet's TLP 1.0 label): shown after the title, marked as
   * the site's own, and explained by siteNote.
   */
  siteHeadline?: string;
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
  /** Shared facts this result establishes: { "community-stage": "emerging" }. */
  sets?: Record<string, string>;
}

/**
 * - also: what else the text says given some answers ("because the community is still emerging …");
 * - tension: where the factors pull in different directions; quotes both passages (>= 2 citations);
 * - open / settled: checklist items, e.g. each area a sectoral CERT team must settle.
 */
export type NoteKind = 'also' | 'tension' | 'open' | 'settled';

/** A part of the result that appears only for certain answers. */
export interface Note {
  id: string;
  kind: NoteKind;
  /** OR of clauses over all the answers. */
  when: Clause[];
  /** Only with these results (omit: with any result). */
  results?: string[];
  title: string;
  /** The site's words, saying no more than the citations. */
  text: string;
  citations: Citation[];
  /** Appended to the result's title when the note is shown, e.g. "with policy discussions (3.5)". */
  headline?: string;
}

/** How the tool works without JavaScript; see docs/arch/0003-assessment-engine.md. */
export type NoJsMode = 'pages' | 'checklist';

export interface WizardTree {
  /** Lower-case, hyphenated; the page is /tools/<id>/. */
  id: string;
  /** Raise whenever questions, answers or their meaning change, so old links are detected. */
  version: number;
  title: string;
  /** One line for the /tools/ index. */
  summary: string;
  /** Where the tool is embedded in the documents. */
  embedIn: { doc: string; anchor: string };
  /** 'pages': one pre-rendered page per answer prefix; 'checklist': the whole questionnaire on one page. */
  noJs: NoJsMode;
  /** Asked in this order. */
  questions: Question[];
  results: Result[];
  /** The decision table: every complete set of answers matches exactly one rule. */
  rules: Rule[];
  notes?: Note[];
}
