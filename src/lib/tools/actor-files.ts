/**
 * The stakeholder map as files a reader opens elsewhere: CSV for spreadsheets
 * (and back), Markdown for minutes and e-mails. Every import names the
 * spreadsheet row it could not read and why; good rows are kept. Pure.
 */
import { type Actor, COLUMNS, type Column, type ImportResult, norm, readActor } from './actors.ts';
import { parseCsv, toCsv } from './csv.ts';
import type { Option, StakeholderData } from './types.ts';

/** Column of a header cell: its key or its spreadsheet heading, however capitalised. */
function columnOf(header: string): Column | undefined {
  const h = norm(header).replace(/_/g, ' ');
  return COLUMNS.find(
    ([key, label]) => h === key || h === norm(label) || h === norm(label).replace(/ \(.*\)$/, ''),
  )?.[0];
}

export function actorsFromCsv(data: StakeholderData, text: string): ImportResult {
  const parsed = parseCsv(text);
  if (!parsed.ok)
    return { actors: [], problems: [`The file could not be read as CSV. ${parsed.message}`], warnings: [] };
  const [header, ...rows] = parsed.records;
  if (!header) return { actors: [], problems: ['The file is empty.'], warnings: [] };
  const columns = header.cells.map(columnOf);
  if (!columns.includes('name')) {
    return {
      actors: [],
      problems: [
        `Row ${header.row} must name the columns, with at least “Name”; found ${header.cells.map((c) => `“${c}”`).join(', ')}.`,
      ],
      warnings: [],
    };
  }
  const warnings = header.cells
    .filter((_, i) => columns[i] === undefined)
    .map((c) => `Column “${c}” is not part of the stakeholder map and was left out.`);
  const result: ImportResult = { actors: [], problems: [], warnings };
  for (const record of rows) {
    const fields: Partial<Record<Column, string>> = {};
    record.cells.forEach((cell, i) => {
      const col = columns[i];
      if (col) fields[col] = cell;
    });
    const read = readActor(data, fields);
    if (read.ok) result.actors.push(read.actor);
    else result.problems.push(`Row ${record.row}: ${read.reasons.join('; ')}.`);
  }
  return result;
}

export function actorsToCsv(data: StakeholderData, actors: readonly Actor[]): string {
  const label = (options: readonly Option[], id: string) => options.find((o) => o.id === id)?.label ?? id;
  return toCsv([
    COLUMNS.map(([, heading]) => heading),
    ...actors.map((a) => [
      a.name,
      label(data.sectors, a.sector),
      label(data.roles, a.role),
      a.interest,
      label(data.capacity.options, a.capacity),
      a.benefits.join('; '),
      a.contact,
      a.notes,
    ]),
  ]);
}

/** Characters that would start Markdown syntax inside a line of the reader's own text. */
const md = (s: string) => s.replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/\s*\n\s*/g, ' ');

export function actorsToMarkdown(
  data: StakeholderData,
  actors: readonly Actor[],
  docUrl: (doc: string, anchor: string) => string,
  date: Date,
): string {
  const lines = [
    '# Stakeholder map',
    '',
    `Made with the Cybersecurity Governance Guide on ${date.toISOString().slice(0, 10)}; kept only in the browser that made it.`,
    `The sectors, roles and benefits are the Guide's (section 2.1 and Table 3: ${docUrl(data.benefits.doc, data.benefits.anchor)}); the actors and notes are the convener's.`,
    '',
  ];
  for (const sector of data.sectors) {
    const here = actors.filter((a) => a.sector === sector.id);
    lines.push(`## ${sector.label} (${here.length})`, '');
    if (here.length === 0) lines.push('_No one listed yet._', '');
    for (const a of here) {
      const role = data.roles.find((r) => r.id === a.role)?.label ?? a.role;
      const capacity = data.capacity.options.find((o) => o.id === a.capacity)?.label ?? a.capacity;
      lines.push(`### ${md(a.name)}`, '', `- Role: ${role}`, `- Needs capacity building: ${capacity}`);
      if (a.interest) lines.push(`- Interest: ${md(a.interest)}`);
      const gains = a.benefits.map((id) => data.benefits.items.find((b) => b.id === id)?.quote ?? id);
      if (gains.length) lines.push('- What they would gain (Table 3):', ...gains.map((g) => `  - ${g}`));
      if (a.contact) lines.push(`- Contact: ${md(a.contact)}`);
      if (a.notes) lines.push(`- Notes: ${md(a.notes)}`);
      lines.push('');
    }
  }
  return lines.join('\n');
}
