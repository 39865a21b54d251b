/**
 * Who wrote what, and how to cite DCAF's text in a memo. Pure: the pages,
 * print, the Markdown and Word exports all call these, so every surface uses
 * the same names and the same citation.
 *
 * The names: the site is called "Cybersecurity Governance Guide" and DCAF's PPP
 * publication is "…: A Guide to Public–Private Partnerships", so "the Guide"
 * must never stand for either. DCAF's words are "DCAF's text" (its documents
 * "DCAF's PPP Guide" and "DCAF's Booklets"); what the site adds is "this
 * site's", as the notes on the document pages already say ("Note from this
 * site"); what the reader types is theirs.
 */
import { inSitePath } from './urls';
import type { PublicationId } from './publications';

/** Quoted passages, on every surface. */
export const DCAF_TEXT = "DCAF's text";

/** Short names of the two publications in the site's own sentences (never "the Guide"). */
export const PUBLICATION_NAMES: Record<PublicationId, string> = {
  'ppp-guide': "DCAF's PPP Guide",
  booklets: "DCAF's Booklets",
};

/** Label of a tool result's recommendation: the wording is the site's, not DCAF's. */
export const SITE_RECOMMENDATION = "This site's recommendation";

/** Label of a note the site adds (the same words as on the document pages). */
export const SITE_NOTE = 'Note from this site';

/** Label of the site's own summaries (open points, disagreements between results). */
export const SITE_SUMMARY = "This site's summary";

/** Label of what the reader typed (notes, purpose, invitees, agenda). */
export const READER_TEXT = "The convener's own text, not DCAF's";

/** The site's name: used in full, as a name, never shortened to "the Guide". */
export const SITE_NAME = 'Cybersecurity Governance Guide';

/** The closing line of every export: it must survive whatever a reader types above it. */
export const ATTRIBUTION =
  "Quoted passages are DCAF's text, cited by section and paragraph. Everything else is not DCAF's: the recommendations, summaries and notes from this site are this site's own words; the purpose, invitees, agenda and the other notes are the convener's.";

/** "Made with this site, the Cybersecurity Governance Guide (version 0.1.0), on 2026-12-01." */
export function siteCredit(siteVersion: string, date: string): string {
  return `Made with this site, the ${SITE_NAME} (version ${siteVersion}), on ${date}.`;
}

/** A publication as its citation gives it. */
export interface CitedPublication {
  id: PublicationId;
  /** As the citation names them ("Tadas Jakštas", without the "Dr." of the title page). */
  authors: string[];
  title: string;
  place: string;
  /** As the citation names it: "DCAF". */
  publisher: string;
  year: number;
  /** 'publisher': DCAF's own "Cite as"; 'site': the booklets give none, so this wording is the site's. */
  citationBy: 'publisher' | 'site';
}

const CITATION_FORM = /^(.+?), (.+) \(([^():]+): ([^(),]+), (\d{4})\)$/;

/**
 * Reads a citation in the form DCAF uses ("Franziska Klopfer and Irina Rizmal,
 * *Title* (Geneva: DCAF, 2021)"; the pages' frontmatter holds it without the
 * asterisks). Undefined if the text is not in that form.
 */
export function parsePublicationCitation(
  citation: string,
  id: PublicationId,
  citationBy: CitedPublication['citationBy'],
): CitedPublication | undefined {
  const m = CITATION_FORM.exec(citation.trim());
  if (!m) return undefined;
  const [, authors = '', title = '', place = '', publisher = '', year = ''] = m;
  return {
    id,
    authors: authors.split(/, | and /),
    title: title.replace(/^\*(.+)\*$/, '$1'),
    place,
    publisher,
    year: Number(year),
    citationBy,
  };
}

/** "A", "A and B", "A, B and C". */
export function joinAuthors(authors: readonly string[]): string {
  if (authors.length <= 2) return authors.join(' and ');
  return `${authors.slice(0, -1).join(', ')} and ${authors.at(-1)}`;
}

/** Where a passage is, in the publication's own numbering: "2.2" / "Define the hierarchical structure". */
export interface Section {
  number?: string | undefined;
  heading: string;
}

const ARABIC = /^(\d+(?:\.\d+)*)\.?\s+(.+)$/;
const ROMAN = /^([IVXLC]+)\.\s+(.+)$/;

/**
 * The section of a passage from the headings above it, outermost first, as
 * the pages print them: ["2.2 Setting up a cybersecurity PPP", "Define the
 * hierarchical structure"] → 2.2 "Define the hierarchical structure";
 * ["III. Recommendations …", "5. Ensure the discretion of shared
 * information"] → III.5 "Ensure the discretion of shared information".
 */
export function sectionOf(headings: readonly string[]): Section | undefined {
  let number: string | undefined;
  let heading: string | undefined;
  for (const raw of headings) {
    const text = raw.trim().replace(/\s+/g, ' ');
    if (!text) continue;
    const m = ARABIC.exec(text) ?? ROMAN.exec(text);
    heading = m ? m[2] : text;
    const own = m?.[1];
    // "2.2" is already the full number; "5." under "III." is III.5.
    if (own) number = number && !own.includes('.') ? `${number}.${own}` : own;
  }
  return heading === undefined ? undefined : { number, heading };
}

/** The paragraph number in a citable paragraph id ("2-2-hierarchical-structure-p3" → 3). */
export function paragraphOf(anchor: string): number | undefined {
  const m = /-p(\d+)$/.exec(anchor);
  return m ? Number(m[1]) : undefined;
}

/** A link that can go into a memo: a web address, or (read from disk, with no public address) the page's path in the site. */
export type CitationLink = { kind: 'web'; href: string } | { kind: 'in-site'; path: string };

export interface LinkContext {
  /** The site's root as the page resolves it: new URL(base, location.href).href. */
  siteRoot: string;
  /** The site's public address, if one is configured: used instead of a local one. */
  publicSiteUrl?: string | undefined;
}

const parse = (url: string, base?: string): URL | undefined => {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
};

const LOOPBACK = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/** Whether a link to `url` would work only on this computer (file://, localhost, blob:, …). */
export function isLocalOnly(url: string): boolean {
  const u = parse(url);
  return !u || !/^https?:$/.test(u.protocol) || LOOPBACK.test(u.hostname);
}

/**
 * A link to `url` that is safe to hand to someone else: the URL itself when it
 * is on the web; otherwise the same page under the public address, if one is
 * configured, or else its path in the site. A local folder never gets out.
 */
export function shareableLink(url: string, ctx: LinkContext): CitationLink | undefined {
  const u = parse(url);
  if (!u) return undefined;
  if (!isLocalOnly(u.href)) {
    u.username = '';
    u.password = '';
    return { kind: 'web', href: u.href };
  }
  const inSite = inSitePath(u.href, ctx.siteRoot);
  if (inSite === undefined) return undefined;
  const path = `/${inSite}`;
  const pub = ctx.publicSiteUrl ? parse(ctx.publicSiteUrl) : undefined;
  if (pub && !isLocalOnly(pub.href)) {
    const root = pub.pathname.endsWith('/') ? pub : parse(`${pub.href.replace(/[?#].*$/, '')}/`);
    const href = root && parse(path.slice(1), root.href.replace(/[?#].*$/, ''))?.href;
    if (href) return { kind: 'web', href };
  }
  return { kind: 'in-site', path };
}

/** shareableLink for a path inside the site ("/ppp-guide/chapter-2/#x"), as the exports' docUrl needs. */
export function linkToPath(path: string, ctx: LinkContext): CitationLink | undefined {
  const url = parse(path.replace(/^\/+/, ''), ctx.siteRoot);
  return url && shareableLink(url.href, ctx);
}

/** Everything a citation of one passage needs. */
export interface CitationSource {
  publication: CitedPublication;
  /** The page's title: "Chapter 2 Planning, setting up, and running a cybersecurity PPP", "Setting Up and Regulating Sectoral CERTs". */
  document: string;
  section?: Section | undefined;
  /** A box, table, note or example in the section: 'Box 4 “Serbia’s Cybersecurity Network Foundation”', 'note 5'. */
  element?: string | undefined;
  paragraph?: number | undefined;
  link?: CitationLink | undefined;
}

/** A piece of a citation, for renderers that style text (Word, the page). */
export interface Run {
  text: string;
  italic?: boolean;
  /** Set on the run that is a web address. */
  href?: string;
}

/** "Franziska Klopfer and Irina Rizmal, *Cybersecurity in the Western Balkans: …* (Geneva: DCAF, 2021)" as runs. */
export function publicationRuns(p: CitedPublication): Run[] {
  return [
    { text: `${joinAuthors(p.authors)}, ` },
    { text: p.title, italic: true },
    { text: ` (${p.place}: ${p.publisher}, ${p.year})` },
  ];
}

/** Who gave the citation: shown beside the publication in the sources. */
export function citationByLabel(p: CitedPublication): string {
  return p.citationBy === 'publisher'
    ? 'citation as given by DCAF'
    : "suggested citation in this site's wording; the booklets give none";
}

/** The in-site form of a link, in words: the page's path in this site. */
export const inSiteLinkText = (path: string): string => `this site, page ${path}`;

/**
 * The citation of one passage, in the publisher's style extended by where the
 * passage is: "Franziska Klopfer and Irina Rizmal, *Cybersecurity in the
 * Western Balkans: …* (Geneva: DCAF, 2021), “Chapter 2 …”, section 2.2 “Define
 * the hierarchical structure”, paragraph 3, https://…".
 */
export function citationRuns(c: CitationSource): Run[] {
  const runs = publicationRuns(c.publication);
  const parts: string[] = [];
  const doc = c.document.trim();
  if (doc && doc !== c.publication.title) parts.push(`“${doc}”`);
  if (c.section) {
    const heading = c.section.heading === doc ? '' : `“${c.section.heading}”`;
    const where = [c.section.number && `section ${c.section.number}`, heading].filter(Boolean).join(' ');
    if (where) parts.push(where);
  }
  if (c.element) parts.push(c.element);
  if (c.paragraph !== undefined) parts.push(`paragraph ${c.paragraph}`);
  if (parts.length) runs.push({ text: `, ${parts.join(', ')}` });
  if (c.link?.kind === 'web') runs.push({ text: ', ' }, { text: c.link.href, href: c.link.href });
  else if (c.link) runs.push({ text: ` (${inSiteLinkText(c.link.path)})` });
  runs.push({ text: '.' });
  return mergeRuns(runs);
}

/** Adjacent plain runs joined, so renderers get as few pieces as the styling needs. */
function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out.at(-1);
    if (last && !last.italic && !last.href && !r.italic && !r.href) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

/** Runs as plain text: for the clipboard and for memos in plain e-mail. */
export const runsToText = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');

/** The citation as plain text. */
export const citationText = (c: CitationSource): string => runsToText(citationRuns(c));
