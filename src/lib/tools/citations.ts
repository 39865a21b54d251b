/**
 * Every passage the three tools quote, with where it sits in the data, so one
 * check can find each quote on its page and each anchor in the build.
 */
import type { CompareData, GovernanceData, Statement, StakeholderData } from './types.ts';

export interface Cited {
  /** Where in the data: "compare.json › critical-infrastructure × formality › says 1". */
  where: string;
  statement: Statement;
}

export function comparePassages(d: CompareData): Cited[] {
  return [
    ...d.intro.map((statement, i) => ({ where: `compare.json › intro ${i + 1}`, statement })),
    ...d.types.map((t) => ({
      where: `compare.json › type ${t.id}`,
      statement: { doc: 'ppp-guide/chapter-3', anchor: t.anchor, quote: t.heading },
    })),
    ...d.cells.flatMap((c) => [
      ...c.says.map((statement, i) => ({ where: `compare.json › ${c.type} × ${c.aspect} › says ${i + 1}`, statement })),
      ...(c.elsewhere ?? []).map((statement, i) => ({
        where: `compare.json › ${c.type} × ${c.aspect} › elsewhere ${i + 1}`,
        statement,
      })),
    ]),
  ];
}

export function stakeholderPassages(d: StakeholderData): Cited[] {
  return [
    ...d.intro.map((statement, i) => ({ where: `stakeholders.json › intro ${i + 1}`, statement })),
    ...d.sectors.flatMap((s) => [
      { where: `stakeholders.json › sector ${s.id} › basis`, statement: s.basis },
      ...(s.about ?? []).map((statement, i) => ({
        where: `stakeholders.json › sector ${s.id} › about ${i + 1}`,
        statement,
      })),
    ]),
    ...d.roles.map((r) => ({ where: `stakeholders.json › role ${r.id} › basis`, statement: r.basis })),
    ...d.capacity.basis.map((statement, i) => ({ where: `stakeholders.json › capacity › basis ${i + 1}`, statement })),
    { where: 'stakeholders.json › interest', statement: d.interest },
    ...Object.entries(d.benefits.rows).map(([row, quote]) => ({
      where: `stakeholders.json › benefits row ${row}`,
      statement: { doc: d.benefits.doc, anchor: d.benefits.anchor, quote },
    })),
    ...d.benefits.items.map((b) => ({
      where: `stakeholders.json › benefit ${b.id}`,
      statement: { doc: d.benefits.doc, anchor: d.benefits.anchor, quote: b.quote },
    })),
  ];
}

export function governancePassages(d: GovernanceData): Cited[] {
  return [
    ...d.intro.map((statement, i) => ({ where: `governance.json › intro ${i + 1}`, statement })),
    ...d.principles.flatMap((p) => [
      { where: `governance.json › ${p.id} › application`, statement: p.application },
      ...p.checks.flatMap((c) => [
        { where: `governance.json › ${p.id} › ${c.id} › ground`, statement: c.ground },
        ...c.advice.map((statement, i) => ({
          where: `governance.json › ${p.id} › ${c.id} › advice ${i + 1}`,
          statement,
        })),
      ]),
    ]),
  ];
}
