/**
 * The good-governance self-check (Guide 1.2, Table 1, with 2.3 and 3.4): the
 * reader's answers, the per-principle summary with the text's advice for what
 * is not yet in place, the chart's layout and the exports. No score: the
 * summary counts answers per principle and says which checks need work, as
 * the text gives no weights. Pure; the island and the meeting pack share it.
 */
import type { GovernanceCheck, GovernanceData, Principle, Statement } from './types.ts';

export const STATUSES = [
  { id: 'in-place', label: 'In place' },
  { id: 'partly', label: 'Partly' },
  { id: 'not-yet', label: 'Not yet' },
  { id: 'n-a', label: 'Not applicable' },
] as const;
export type Status = (typeof STATUSES)[number]['id'];
/** Statuses in the summary, with the checks nobody has answered yet. */
export type Tally = Status | 'unanswered';
export const TALLIES: readonly { id: Tally; label: string }[] = [
  ...STATUSES,
  { id: 'unanswered', label: 'Not answered' },
];

export const GOVERNANCE_FORMAT = 'cgg-governance-check';
export const GOVERNANCE_STORAGE_KEY = 'cgg:governance-check';
const MAX_NAME = 200;

export interface GovernanceState {
  /** The PPP the check is about, in the reader's words. */
  ppp: string;
  /** Check id -> answer; checks not answered are absent. */
  answers: Record<string, Status>;
}

export const emptyGovernance = (): GovernanceState => ({ ppp: '', answers: {} });

const isStatus = (v: unknown): v is Status => STATUSES.some((s) => s.id === v);

/**
 * Reads a saved or imported check. Tolerant: answers to checks the data no
 * longer has, or with an unknown status, are dropped and counted.
 */
export function parseGovernance(
  data: GovernanceData,
  raw: string | null,
): { ok: true; state: GovernanceState; dropped: number } | { ok: false; message: string } {
  if (raw === null || raw.trim() === '') return { ok: true, state: emptyGovernance(), dropped: 0 };
  let value: unknown;
  try {
    value = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, message: `The file is not valid JSON: ${(e as Error).message}` };
  }
  const v = value as { format?: unknown; ppp?: unknown; answers?: unknown } | null;
  if (!v || typeof v !== 'object' || v.format !== GOVERNANCE_FORMAT || typeof v.answers !== 'object' || !v.answers) {
    return { ok: false, message: 'The file is not a self-check exported from this site (its "format" is missing).' };
  }
  const ids = new Set(data.principles.flatMap((p) => p.checks.map((c) => c.id)));
  const answers: Record<string, Status> = {};
  let dropped = 0;
  for (const [check, status] of Object.entries(v.answers)) {
    if (ids.has(check) && isStatus(status)) answers[check] = status;
    else dropped++;
  }
  const ppp = typeof v.ppp === 'string' ? v.ppp.slice(0, MAX_NAME) : '';
  return { ok: true, state: { ppp, answers }, dropped };
}

/** The stored form (and the JSON file), keyed by check id. */
export function serializeGovernance(state: GovernanceState): string {
  return JSON.stringify({ format: GOVERNANCE_FORMAT, version: 1, ppp: state.ppp, answers: state.answers });
}

export interface CheckResult {
  check: GovernanceCheck;
  status: Tally;
}

export interface PrincipleSummary {
  principle: Principle;
  counts: Record<Tally, number>;
  checks: CheckResult[];
  /** Checks partly or not yet in place, each with the text's advice. */
  todo: { check: GovernanceCheck; status: 'partly' | 'not-yet'; advice: Statement[] }[];
}

export function governanceSummary(data: GovernanceData, state: GovernanceState): PrincipleSummary[] {
  return data.principles.map((principle) => {
    const checks = principle.checks.map(
      (check): CheckResult => ({ check, status: state.answers[check.id] ?? 'unanswered' }),
    );
    const counts = Object.fromEntries(TALLIES.map((t) => [t.id, 0])) as Record<Tally, number>;
    for (const c of checks) counts[c.status]++;
    const todo = checks
      .filter(
        (c): c is CheckResult & { status: 'partly' | 'not-yet' } => c.status === 'partly' || c.status === 'not-yet',
      )
      .map((c) => ({ check: c.check, status: c.status, advice: c.check.advice }));
    return { principle, counts, checks, todo };
  });
}

const tallyLabel = (t: Tally) => TALLIES.find((x) => x.id === t)!.label;

/** "2 in place, 1 partly, 1 not yet": the counts that are not zero, in the order of TALLIES. */
export function countsText(counts: Record<Tally, number>): string {
  const parts = TALLIES.filter((t) => counts[t.id] > 0).map((t) => `${counts[t.id]} ${t.label.toLowerCase()}`);
  return parts.length ? parts.join(', ') : 'no checks';
}

export interface ChartMark {
  x: number;
  y: number;
  status: Tally;
  /** For the mark's tooltip: the check it stands for. */
  question: string;
}

export interface ChartRow {
  label: string;
  labelY: number;
  marks: ChartMark[];
}

export interface ChartLayout {
  width: number;
  height: number;
  size: number;
  rows: ChartRow[];
}

/**
 * One row per principle, one square per check, sorted by answer (in place
 * first) so a glance shows how much is done; no bar lengths to compare across
 * principles, which have different numbers of checks. Counts are in the
 * table beside it, so the drawing needs no text that could outgrow a phone.
 */
export function chartLayout(summaries: readonly PrincipleSummary[], size = 24, gap = 6): ChartLayout {
  const order = (t: Tally) => TALLIES.findIndex((x) => x.id === t);
  const widest = Math.max(1, ...summaries.map((s) => s.checks.length));
  const rowHeight = 22 + size + 14;
  const rows = summaries.map((s, i) => {
    const top = i * rowHeight;
    const sorted = [...s.checks].sort((a, b) => order(a.status) - order(b.status));
    return {
      label: s.principle.name,
      labelY: top + 16,
      marks: sorted.map((c, j) => ({
        x: j * (size + gap) + 1,
        y: top + 22,
        status: c.status,
        question: c.check.question,
      })),
    };
  });
  // Wide enough for the longest principle's name in bold 14px ("Participation and inclusion").
  const labels = Math.max(...summaries.map((s) => s.principle.name.length)) * 8.5;
  return {
    width: Math.ceil(Math.max(widest * (size + gap), labels)),
    height: summaries.length * rowHeight,
    size,
    rows,
  };
}

export function governanceToMarkdown(
  data: GovernanceData,
  state: GovernanceState,
  docUrl: (doc: string, anchor: string) => string,
  date: Date,
): string {
  const summaries = governanceSummary(data, state);
  const lines = [
    `# Good-governance self-check${state.ppp ? `: ${state.ppp.replace(/\s+/g, ' ')}` : ''}`,
    '',
    `Made with the Cybersecurity Governance Guide on ${date.toISOString().slice(0, 10)}. The principles, their application and the advice are quoted from the Guide (Table 1, sections 1.2, 2.1–2.3 and 3.4); the questions and answers are not DCAF's text.`,
    '',
    '## Summary',
    '',
    ...summaries.map((s) => `- **${s.principle.name}**: ${countsText(s.counts)}`),
    '',
  ];
  for (const s of summaries) {
    lines.push(
      `## ${s.principle.name}`,
      '',
      `> ${s.principle.application.quote}`,
      `> — ${docUrl(s.principle.application.doc, s.principle.application.anchor)}`,
      '',
    );
    for (const c of s.checks) lines.push(`- ${tallyLabel(c.status)}: ${c.check.question}`);
    lines.push('');
    if (s.todo.length) {
      lines.push('What the text advises for what is not yet in place:', '');
      for (const t of s.todo) {
        lines.push(`- ${t.check.question} (${tallyLabel(t.status).toLowerCase()})`);
        if (t.check.adviceNote) lines.push(`  _${t.check.adviceNote}_`);
        for (const a of t.advice) lines.push(`  > ${a.quote}`, `  > — ${docUrl(a.doc, a.anchor)}`);
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}

export function governanceToJson(data: GovernanceData, state: GovernanceState, date: Date): string {
  return JSON.stringify(
    {
      format: GOVERNANCE_FORMAT,
      version: 1,
      date: date.toISOString(),
      ppp: state.ppp,
      answers: state.answers,
      summary: governanceSummary(data, state).map((s) => ({
        principle: s.principle.id,
        name: s.principle.name,
        counts: s.counts,
        checks: s.checks.map((c) => ({ check: c.check.id, question: c.check.question, status: c.status })),
        notYetInPlace: s.todo.map((t) => ({ check: t.check.id, status: t.status, advice: t.advice })),
      })),
    },
    null,
    2,
  );
}
