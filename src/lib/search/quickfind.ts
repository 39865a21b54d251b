/**
 * The quick-find index: a small list of what people look for by name —
 * document titles, numbered section headings, examples and boxes, glossary
 * abbreviations, tools and their results — each with a few distinctive words
 * of its text, so "secretariat" finds the section that talks about one; and
 * the site's search aliases, their targets resolved to records.
 *
 * Built once at build time (src/integrations/search.ts) and searched in the
 * browser with Fuse.js (quickfind-search.ts). Pure, no DOM.
 */
import { type AliasFile, type AliasTarget, compileAliases } from './aliases.ts';
import { fold, words } from './normalize.ts';
import {
  KIND_CODES,
  numbered,
  type IndexPage,
  type IndexRecord,
  type QuickFindIndex,
  type SourcePublication,
} from './records.ts';

export {
  KIND_CODES,
  KIND_OF_CODE,
  numbered,
  type IndexPage,
  type IndexRecord,
  type QuickFindIndex,
  type RecordKind,
  type SourcePublication,
} from './records.ts';

/** A heading, example or box of a document page, as read from the built page. */
export interface SourceBlock {
  kind: 'section' | 'example' | 'box';
  /** The element id: the anchor a result links to. */
  id: string;
  /** The heading's own text, e.g. "5. Ensure the discretion of shared information". */
  title: string;
  /** 2 or 3 for sections; examples and boxes have none. */
  depth?: number;
  /** The block's own text (up to the next heading), for its keywords. */
  body: string;
  /** Other words that name it: captions of figures and tables in it. */
  extra?: string[];
}

export interface SourceDocument {
  /** Path inside the site, no leading slash, e.g. "booklets/sectoral-certs/". */
  url: string;
  title: string;
  /** The shorter title of the sidebar, e.g. "Booklet 2: Sectoral CERTs". */
  shortTitle?: string | undefined;
  /** Publication id, e.g. "booklets". */
  publication: string;
  /** The page's one-line description. */
  description?: string | undefined;
  /** Text before the first heading. */
  intro: string;
  blocks: SourceBlock[];
}

export interface SourceGlossaryEntry {
  abbr: string;
  expansion: string;
}

/** The parts of a wizard (content/wizards/<id>.json) that search needs. */
export interface SourceTool {
  id: string;
  title: string;
  summary?: string;
  /**
   * The results of an assessment (content/wizards): each with the site's recommendation, for its
   * distinctive words, and where it shows (path inside the site: its own page, or the tool's page
   * with the answers in the address).
   */
  results?: { id: string; title: string; recommendation?: string; url?: string }[];
}

export interface QuickFindInput {
  publications: SourcePublication[];
  documents: SourceDocument[];
  glossary?: SourceGlossaryEntry[];
  /** Path of the glossary page, e.g. "glossary/". */
  glossaryUrl?: string;
  tools?: SourceTool[];
  /** The site's search aliases (content/search/aliases.json, read by loadAliases). */
  aliases?: AliasFile;
  /** Keywords kept per block (default 12). */
  keywordsPerBlock?: number;
}

/** Common English words that say nothing about a section. */
const STOP = new Set(
  (
    'about above after again against all also although among and any are around as at be because been before being below ' +
    'between both but by can could did does doing done down during each either else even ever every few for from further ' +
    'had has have having he her here hers him his how however if in into is it its itself just least less like made make ' +
    'makes making many may might more most much must near need needs neither no nor not now of off often on once one only ' +
    'or other others otherwise our ours out over own per rather same several shall she should since so some such than that ' +
    'the their theirs them themselves then there therefore these they this those though through thus to too toward towards ' +
    'under until up upon us use used uses using very via was we well were what whatever when where whether which while who ' +
    'whom whose why will with within without would yet you your also e.g i.e etc two three four five first second third new ' +
    'way ways well able based given include includes including example examples order part important different various'
  ).split(' '),
);

/** Keywords kept per tool result: its title says most, a few of its recommendation's words add what it advises. */
const RESULT_KEYWORDS = 8;

/** Split "5. Ensure …", "III. Recommendations …", "2.2 Setting up …" into number and title. */
export function splitNumber(heading: string): { number?: string; title: string } {
  const text = heading.replace(/\s+/g, ' ').trim();
  const m = /^((?:[IVXLC]+|\d+)(?:\.\d+)*)\.?\s+(.+)$/.exec(text);
  if (!m || !/\s/.test(text)) return { title: text };
  return { number: m[1], title: m[2]! };
}

/** Whether a word is worth keeping: not a stop word, a number, a web address or part of one. */
const worthKeeping = (w: string) =>
  w.length >= 3 &&
  !STOP.has(w) &&
  !/^[\d.-]+$/.test(w) &&
  !/\.[a-z]{2,}/.test(w) &&
  !/^(?:https?|www|html?|pdf)$/.test(w);

/** Words worth keeping; `judged` remembers the verdict on each word, as a corpus repeats its words. */
function tokens(text: string, judged = new Map<string, boolean>()): string[] {
  return words(fold(text)).filter((w) => {
    const known = judged.get(w);
    if (known !== undefined) return known;
    const keep = worthKeeping(w);
    judged.set(w, keep);
    return keep;
  });
}

/**
 * The distinctive words of each text: those frequent in it and rare in the
 * others (tf-idf), leaving out words of its own title, which are searched
 * anyway.
 */
export function distinctiveWords(texts: { body: string; title: string }[], perText: number): string[][] {
  const judged = new Map<string, boolean>();
  const counts = texts.map((t) => {
    const c = new Map<string, number>();
    for (const w of tokens(t.body, judged)) c.set(w, (c.get(w) ?? 0) + 1);
    return c;
  });
  const df = new Map<string, number>();
  for (const c of counts) for (const w of c.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = texts.length;
  const common = Math.max(2, n * 0.15);
  return counts.map((c, i) => {
    const own = new Set(tokens(texts[i]!.title, judged));
    const scored: [string, number][] = [];
    for (const [w, tf] of c) {
      const d = df.get(w)!;
      if (d <= common && !own.has(w)) scored.push([w, (1 + Math.log(tf)) * Math.log(n / d)]);
    }
    // Ties in word order: plain comparison, not localeCompare (a tenth of the index's time at 10×), is the same
    // order for folded words.
    scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return scored.slice(0, perText).map(([w]) => w);
  });
}

/** Build the quick-find index from the site's documents, glossary and tools. */
export function buildQuickFindIndex(input: QuickFindInput): QuickFindIndex {
  const perBlock = input.keywordsPerBlock ?? 12;
  const pubs = [...input.publications];
  const pubIndex = (id: string) => {
    let i = pubs.findIndex((p) => p.id === id);
    if (i < 0) i = pubs.push({ id, label: id }) - 1;
    return i;
  };
  const pages: IndexPage[] = [];
  const recs: IndexRecord[] = [];
  // Records whose keywords come from a text, computed together for tf-idf.
  const texts: { body: string; title: string; rec: IndexRecord }[] = [];

  for (const doc of input.documents) {
    const g = pages.push({ u: doc.url, t: doc.shortTitle ?? doc.title, p: pubIndex(doc.publication) }) - 1;
    const page: IndexRecord = { k: KIND_CODES.page, g, t: doc.title };
    if (doc.shortTitle && doc.shortTitle !== doc.title) page.x = doc.shortTitle;
    if (doc.description) page.x = [page.x, doc.description].filter(Boolean).join(' · ');
    recs.push(page);
    texts.push({ body: doc.intro, title: doc.title, rec: page });

    let h2: string | undefined; // number and title of the current h2, as context for what follows
    let h2Number: string | undefined;
    let current: string | undefined; // the section an example or box sits in
    for (const b of doc.blocks) {
      const { number, title } = splitNumber(b.title);
      const rec: IndexRecord = { k: KIND_CODES[b.kind], g, a: b.id, t: b.kind === 'section' ? title : b.title.trim() };
      if (b.kind === 'section') {
        if ((b.depth ?? 2) <= 2) {
          h2Number = number;
          h2 = numbered({ n: number, t: title });
          if (number) rec.n = number;
          current = h2;
        } else {
          // "5." under "III." is III.5; an unnumbered h3 under "2.2" keeps no number of its own.
          if (number)
            rec.n = h2Number && /^\d+$/.test(number) && /^[IVXLC]+$/.test(h2Number) ? `${h2Number}.${number}` : number;
          if (h2) rec.c = h2;
          current = numbered({ n: rec.n, t: title });
        }
      } else if (current) {
        rec.c = current;
      }
      if (b.extra?.length) rec.x = b.extra.join(' · ');
      recs.push(rec);
      texts.push({ body: b.body, title: b.title, rec });
    }
  }

  const keywords = distinctiveWords(texts, perBlock);
  texts.forEach((t, i) => {
    const w = keywords[i]!;
    if (w.length) t.rec.w = w.join(' ');
  });

  if (input.glossary?.length) {
    const g = pages.push({ u: input.glossaryUrl ?? 'glossary/', t: 'Glossary', p: pubIndex('glossary') }) - 1;
    for (const e of input.glossary) {
      recs.push({ k: KIND_CODES.term, g, a: `abbr-${e.abbr.toLowerCase()}`, t: e.abbr, x: e.expansion });
    }
  }

  // Tools, and their results each linked to its own page (the shortest way there), so a result is found as one.
  const toolRecs = new Map<string, number>();
  const results: { body: string; title: string; rec: IndexRecord }[] = [];
  for (const tool of input.tools ?? []) {
    const g = pages.push({ u: `tools/${tool.id}/`, t: tool.title, p: pubIndex('tools') }) - 1;
    const rec: IndexRecord = { k: KIND_CODES.tool, g, t: tool.title };
    if (tool.summary) rec.x = tool.summary;
    toolRecs.set(tool.id, recs.push(rec) - 1);
    for (const r of tool.results ?? []) {
      // Its page's title (the tool's) is its context.
      const result: IndexRecord = { k: KIND_CODES.outcome, g, t: r.title };
      if (r.url) result.u = r.url;
      toolRecs.set(`${tool.id}/${r.id}`, recs.push(result) - 1);
      if (r.recommendation) results.push({ body: r.recommendation, title: r.title, rec: result });
    }
  }
  // Results are the site's words about the text: their keywords are weighed among themselves, not against the documents'.
  distinctiveWords(results, RESULT_KEYWORDS).forEach((w, i) => {
    if (w.length) results[i]!.rec.w = w.join(' ');
  });

  const index: QuickFindIndex = { v: 1, pubs, pages, recs };
  if (input.aliases) {
    const resolve = (t: AliasTarget): number | undefined => {
      if ('tool' in t) return toolRecs.get(t.outcome ? `${t.tool}/${t.outcome}` : t.tool);
      const g = pages.findIndex((p) => p.u === `${t.doc}/`);
      if (g < 0) return undefined;
      const i = recs.findIndex((r) => r.g === g && (t.anchor ? r.a === t.anchor : r.k === KIND_CODES.page));
      return i < 0 ? undefined : i;
    };
    const { al, nw } = compileAliases(input.aliases, resolve);
    index.al = al;
    index.nw = nw;
  }
  return index;
}

/** The index as a classic script that sets a global: loadable from file:// where fetch is not. */
export function quickFindScript(index: QuickFindIndex, globalName = 'siteQuickFind'): string {
  // JSON is valid JavaScript except for U+2028/9 in older engines; "</" must not end a script.
  const json = JSON.stringify(index)
    .replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)
    .replace(/<\//g, '<\\/');
  return `window.${globalName}=${json};window.${globalName}Ready&&window.${globalName}Ready();\n`;
}
