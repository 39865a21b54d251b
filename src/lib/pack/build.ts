/**
 * From what the convener keeps (the pack: answers, notes, sections) to what
 * the plan shows, prints and exports (PackView): each tool's result with the
 * answers it rests on and its passages, the open points, the conflicts
 * between results with both passages, and the sources. Pure.
 */
import type { CitationLink, CitationSource, CitedPublication } from '../citation';
import { headline, walk } from '../wizard/engine';
import type { IslandTree } from '../wizard/island';
import { planConflicts, planSection } from '../wizard/plan';
import type { Conflict } from '../wizard/shared';
import type { Citation, Note } from '../wizard/types';
import { countsText, type GovernanceState, governanceSummary } from '../tools/governance';
import type { GovernanceData } from '../tools/types';
import type { MeetingPack } from './file';
import type {
  PackConflict,
  PackDetail,
  PackGovernance,
  PackOpenPoint,
  PackPassage,
  PackResult,
  PackView,
} from './view';

/** Where each cited passage is, computed at build time from the pages (src/site/citations.ts), without its link. */
export type CitationMap = Record<string, Omit<CitationSource, 'link'>>;

export const citationKey = (doc: string, anchor: string) => `${doc}#${anchor}`;

/** The self-check's data and the convener's answers, for its summary in the pack. */
export interface GovernanceInput {
  data: GovernanceData;
  state: GovernanceState;
}

export interface PackContext {
  trees: readonly IslandTree[];
  citations: CitationMap;
  /** The link a memo can use for a passage (a web address, or the page's path in the site). */
  linkFor: (doc: string, anchor: string) => CitationLink | undefined;
  date: string;
  siteVersion: string;
  title: string;
  governance?: GovernanceInput | undefined;
}

function passages(citations: readonly Pick<Citation, 'doc' | 'anchor' | 'quote'>[], ctx: PackContext): PackPassage[] {
  return citations.flatMap((c) => {
    const where = ctx.citations[citationKey(c.doc, c.anchor)];
    return where ? [{ quote: c.quote, source: { ...where, link: ctx.linkFor(c.doc, c.anchor) } }] : [];
  });
}

const detail = (n: Note, ctx: PackContext): PackDetail => ({
  title: n.title,
  text: n.text,
  passages: passages(n.citations, ctx),
});

/** Each conflict once, from the trees that carry them. */
function conflictsOf(trees: readonly IslandTree[]): Conflict[] {
  const byId = new Map<string, Conflict>();
  for (const t of trees) for (const c of t.island?.conflicts ?? []) byId.set(c.id, c);
  return [...byId.values()];
}

export function packView(pack: MeetingPack, ctx: PackContext): PackView {
  const sections = ctx.trees.map((tree) => planSection(tree, pack.wizards[tree.id]?.answers ?? [], ''));
  const results: PackResult[] = [];
  const openPoints: PackOpenPoint[] = [];
  for (const s of sections) {
    const note = pack.wizards[s.tree.id]?.note;
    const r: PackResult = { tool: s.tree.title, answers: s.answers, passages: [], ...(note ? { note } : {}) };
    if (s.outcome) {
      r.outcome = s.outcome.id;
      r.headline = s.outcome.siteHeadline ? `${s.headline} ${s.outcome.siteHeadline}` : s.headline;
      r.recommendation = s.outcome.recommendation;
      if (s.outcome.siteNote) r.siteNote = s.outcome.siteNote;
      r.passages = passages(s.outcome.citations, ctx);
      const details = s.notes.filter((n) => n.kind !== 'open').map((n) => detail(n, ctx));
      if (details.length) r.details = details;
      for (const n of s.notes.filter((x) => x.kind === 'open'))
        openPoints.push({ tool: s.tree.title, ...detail(n, ctx) });
    }
    results.push(r);
  }
  const headlines = new Map(sections.map((s) => [s.tree.id, s]));
  const conflicts: PackConflict[] = planConflicts(conflictsOf(ctx.trees), sections).map((c) => ({
    id: c.id,
    title: c.title,
    text: c.text,
    between: Object.keys(c.when).flatMap((id) => {
      const s = headlines.get(id);
      return s?.outcome ? [`${s.tree.title}: ${headline(s.outcome, s.notes)}`] : [];
    }),
    passages: passages(c.citations, ctx),
  }));
  const governance = ctx.governance && governanceView(ctx.governance, ctx);
  const cited = [
    ...(governance ?? []).flatMap((g) => g.todo.flatMap((t) => t.advice)),
    ...results.flatMap((r) => [...r.passages, ...(r.details ?? []).flatMap((d) => d.passages)]),
    ...openPoints.flatMap((p) => p.passages),
    ...conflicts.flatMap((c) => c.passages),
  ];
  const sources = new Map<string, CitedPublication>();
  for (const p of cited) sources.set(p.source.publication.id, p.source.publication);
  return {
    title: pack.title?.trim() || ctx.title,
    kind: pack.kind,
    date: ctx.date,
    siteVersion: ctx.siteVersion,
    ...(pack.tlp ? { tlp: pack.tlp } : {}),
    sections: pack.sections,
    results,
    openPoints,
    conflicts,
    ...(governance?.length ? { governance } : {}),
    sources: [...sources.values()],
  };
}

const STATUS_WORDS = { partly: 'partly in place', 'not-yet': 'not yet in place' } as const;

/** The principles with any check answered: counts, and the text's advice for what is not in place. */
function governanceView({ data, state }: GovernanceInput, ctx: PackContext): PackGovernance[] {
  if (Object.keys(state.answers).length === 0) return [];
  return governanceSummary(data, state).map((s) => ({
    principle: s.principle.name,
    counts: countsText(s.counts),
    todo: s.todo.map((t) => ({
      check: t.check.question,
      status: STATUS_WORDS[t.status],
      advice: passages(t.advice, ctx),
      ...(t.check.adviceNote ? { adviceNote: t.check.adviceNote } : {}),
    })),
  }));
}

/** Whether a wizard of the pack has reached a result (for "in your plan" and the agenda). */
export function finished(tree: IslandTree, answers: readonly string[]): boolean {
  const r = walk(tree, answers);
  return r.ok && r.done;
}
