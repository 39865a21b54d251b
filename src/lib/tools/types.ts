/**
 * The data of the three working tools (content/tools/*.json): compare the five
 * PPP types, map the stakeholders, check good governance. Plain types, so the
 * islands can import them without the schema library (schema.ts checks the
 * files at build time and in the tests).
 */

/** A passage of the documents, quoted verbatim and linked to its paragraph. */
export interface Statement {
  /** Page id as in its URL: "ppp-guide/chapter-3". */
  doc: string;
  /** Paragraph or element id on that page: "3-1-critical-infrastructure-p2", "table-1". */
  anchor: string;
  /** The source's own words, verbatim (the tests find them in the built page). */
  quote: string;
  /** The site's own lead-in, shown marked as the site's: how this passage relates to the point. */
  note?: string;
  /** Overrides the link label made from the anchor, e.g. "Box 4" for a paragraph inside a box. */
  label?: string;
}

// ---- Compare the five PPP types ----

export interface PppType {
  /** Also the anchor of the type on /tools/compare/ ("type-<id>") and its value in ?types=. */
  id: string;
  /** "3.1" */
  number: string;
  /** The section heading as the Guide words it. */
  heading: string;
  /** The site's short name for narrow columns and the picker. */
  short: string;
  /** The section's heading id in chapter 3. */
  anchor: string;
}

export interface CompareAspect {
  id: string;
  label: string;
  /** The site's question the row answers. */
  question: string;
}

export interface CompareCell {
  type: string;
  aspect: string;
  /** What the type's own section (or its boxes) says. Empty when it says nothing. */
  says: Statement[];
  /** The site's own words: required when `says` is empty, to say so. */
  note?: string;
  /** Related passages from elsewhere, each with a note saying how they relate. */
  elsewhere?: Statement[];
}

export interface CompareData {
  version: number;
  /** Passages that frame the comparison (the objective first; formal and informal). */
  intro: Statement[];
  types: PppType[];
  aspects: CompareAspect[];
  cells: CompareCell[];
}

// ---- Stakeholder map ----

export interface Option {
  id: string;
  label: string;
}

export interface Sector extends Option {
  /** Which row of Table 3 lists this sector's benefits, if any. */
  benefits: 'state' | 'non-state' | null;
  /** Why the Guide counts this group. */
  basis: Statement;
  /** What the Guide says about this group's capacity or contribution, if anything. */
  about?: Statement[];
}

export interface Role extends Option {
  basis: Statement;
  /** The role is the site's own addition (e.g. "not decided yet"). */
  site?: boolean;
}

export interface Benefit {
  id: string;
  /** Table 3's row: "state" or "non-state". */
  sector: 'state' | 'non-state';
  /** Table 3's words. */
  quote: string;
}

export interface StakeholderData {
  version: number;
  intro: Statement[];
  sectors: Sector[];
  roles: Role[];
  capacity: { options: Option[]; basis: Statement[] };
  interest: Statement;
  benefits: {
    doc: string;
    anchor: string;
    /** Table 3's row headings, verbatim. */
    rows: Record<'state' | 'non-state', string>;
    items: Benefit[];
    /** The site's words for a sector Table 3 has no row for. */
    none: string;
  };
}

// ---- Good-governance self-check ----

export interface GovernanceCheck {
  id: string;
  /** The site's question, a close paraphrase of the grounding passage. */
  question: string;
  ground: Statement;
  /** The text's advice, shown when the check is partly or not yet in place; empty where it gives none. */
  advice: Statement[];
  /** The site's words saying the text gives no advice: required when `advice` is empty. */
  adviceNote?: string;
  /** The site's words on when the check does not apply, if it may not. */
  appliesWhen?: string;
}

export interface Principle {
  id: string;
  /** As Table 1 names it. */
  name: string;
  /** Table 1's application text, verbatim. */
  application: Statement;
  checks: GovernanceCheck[];
}

export interface GovernanceData {
  version: number;
  intro: Statement[];
  principles: Principle[];
}
