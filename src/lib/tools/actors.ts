/**
 * The actors of a stakeholder map (Guide 2.1): reading them from what a
 * reader imports or the browser kept, and writing them as CSV, JSON and
 * Markdown. Every import names the row (CSV) or entry (JSON) it could not
 * read and why; good rows are kept. Pure: the island and the meeting pack
 * share it.
 */
import { parseCsv, toCsv } from './csv.ts';
import type { Option, StakeholderData } from './types.ts';

export interface Actor {
  name: string;
  /** A sector id of the data ("state", "academia", …). */
  sector: string;
  /** A role id ("member", "convener", …). */
  role: string;
  interest: string;
  /** A capacity option id ("yes", "no", "unknown"). */
  capacity: string;
  /** Table 3 benefit ids, all from the row of the actor's sector. */
  benefits: string[];
  contact: string;
  notes: string;
}

/** The JSON file this tool writes, and keeps in localStorage. */
export const ACTORS_FORMAT = 'cgg-stakeholder-map';
export const ACTORS_STORAGE_KEY = 'cgg:stakeholder-map';
const DEFAULT_ROLE = 'undecided';
const DEFAULT_CAPACITY = 'unknown';
/** Long enough for any organisation's name and a paragraph of notes; stops a pasted book. */
const MAX_CHARS = 2000;

/** CSV columns in order: the key (also accepted in headers) and the header a spreadsheet shows. */
const COLUMNS = [
  ['name', 'Name'],
  ['sector', 'Sector'],
  ['role', 'Role'],
  ['interest', 'Interest'],
  ['capacity', 'Needs capacity building'],
  ['benefits', 'What they would gain (Table 3)'],
  ['contact', 'Contact'],
  ['notes', 'Notes'],
] as const;
type Column = (typeof COLUMNS)[number][0];

export interface ImportResult {
  actors: Actor[];
  /** One line per entry that was left out: "Row 4: …". */
  problems: string[];
  /** Things read but not used (unknown columns or fields). */
  warnings: string[];
}

export const emptyActor = (): Actor => ({
  name: '',
  sector: '',
  role: DEFAULT_ROLE,
  interest: '',
  capacity: DEFAULT_CAPACITY,
  benefits: [],
  contact: '',
  notes: '',
});

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** An option by id or label, however it is capitalised. */
const pick = (options: readonly Option[], value: string) =>
  options.find((o) => norm(o.id) === norm(value) || norm(o.label) === norm(value));

const listOf = (options: readonly Option[]) => options.map((o) => `“${o.label}”`).join(', ');

/** The benefits Table 3 offers an actor of this sector. */
export function benefitsFor(data: StakeholderData, sectorId: string) {
  const row = data.sectors.find((s) => s.id === sectorId)?.benefits;
  return row ? data.benefits.items.filter((b) => b.sector === row) : [];
}

/**
 * Checks one entry, given as text fields, against the data. Returns the actor,
 * or the reasons it cannot be read (each a short clause for "Row 4: …").
 */
export function readActor(
  data: StakeholderData,
  fields: Partial<Record<Column, string | string[]>>,
): { ok: true; actor: Actor } | { ok: false; reasons: string[] } {
  const reasons: string[] = [];
  const text = (key: Column) => {
    const v = fields[key];
    const s = (Array.isArray(v) ? v.join('; ') : (v ?? '')).trim();
    if (s.length > MAX_CHARS) reasons.push(`${key} is longer than ${MAX_CHARS} characters`);
    return s;
  };
  const name = text('name');
  if (!name) reasons.push('the name is empty');

  const sectorText = text('sector');
  const sector = pick(data.sectors, sectorText);
  if (!sectorText) reasons.push(`no sector: use one of ${listOf(data.sectors)}`);
  else if (!sector) reasons.push(`sector “${sectorText}” is not one of ${listOf(data.sectors)}`);

  const roleText = text('role');
  const role = roleText ? pick(data.roles, roleText) : pick(data.roles, DEFAULT_ROLE);
  if (!role) reasons.push(`role “${roleText}” is not one of ${listOf(data.roles)}`);

  const capacityText = text('capacity');
  const capacity = pick(data.capacity.options, capacityText || DEFAULT_CAPACITY);
  if (!capacity) reasons.push(`capacity building “${capacityText}” is not one of ${listOf(data.capacity.options)}`);

  const raw = fields.benefits;
  const wanted = (Array.isArray(raw) ? raw : (raw ?? '').split(/[;\n]/)).map((b) => b.trim()).filter(Boolean);
  const offered = sector ? benefitsFor(data, sector.id) : [];
  const benefits: string[] = [];
  for (const w of wanted) {
    const found = data.benefits.items.find((b) => norm(b.id) === norm(w) || norm(b.quote) === norm(w));
    if (!found) reasons.push(`“${w}” is not a benefit listed in Table 3`);
    else if (sector && !offered.includes(found))
      reasons.push(
        offered.length === 0
          ? `${data.benefits.none} (“${found.id}” was given)`
          : `benefit “${found.id}” is not one Table 3 lists for ${sector.label}`,
      );
    else if (!benefits.includes(found.id)) benefits.push(found.id);
  }

  if (reasons.length > 0 || !sector || !role || !capacity) return { ok: false, reasons };
  return {
    ok: true,
    actor: {
      name,
      sector: sector.id,
      role: role.id,
      interest: text('interest'),
      capacity: capacity.id,
      benefits,
      contact: text('contact'),
      notes: text('notes'),
    },
  };
}

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

/** Reads our JSON export (or a bare list of actors), e.g. from a file or from localStorage. */
export function actorsFromJson(data: StakeholderData, text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { actors: [], problems: [`The file is not valid JSON: ${(e as Error).message}`], warnings: [] };
  }
  const list = Array.isArray(value) ? value : (value as { actors?: unknown } | null)?.actors;
  if (!Array.isArray(list)) {
    return {
      actors: [],
      problems: ['The file holds no list of actors: expected a stakeholder map exported from this site.'],
      warnings: [],
    };
  }
  const result: ImportResult = { actors: [], problems: [], warnings: [] };
  const unknownFields = new Set<string>();
  list.forEach((entry, i) => {
    const where = `Actor ${i + 1}`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      result.problems.push(`${where}: not an object with a name and a sector.`);
      return;
    }
    const fields: Partial<Record<Column, string | string[]>> = {};
    const bad: string[] = [];
    for (const [key, v] of Object.entries(entry)) {
      const col = COLUMNS.find(([k]) => k === key)?.[0];
      if (!col) unknownFields.add(key);
      else if (typeof v === 'string') fields[col] = v;
      else if (col === 'benefits' && Array.isArray(v) && v.every((b) => typeof b === 'string')) fields[col] = v;
      else if (v !== null && v !== undefined) bad.push(`${key} must be text${col === 'benefits' ? ' or a list' : ''}`);
    }
    const read = readActor(data, fields);
    const reasons = [...bad, ...(read.ok ? [] : read.reasons)];
    if (read.ok && bad.length === 0) result.actors.push(read.actor);
    else
      result.problems.push(
        `${where}${typeof fields.name === 'string' && fields.name ? ` (“${fields.name}”)` : ''}: ${reasons.join('; ')}.`,
      );
  });
  for (const f of unknownFields)
    result.warnings.push(`Field “${f}” is not part of the stakeholder map and was left out.`);
  return result;
}

export function actorsToJson(actors: readonly Actor[], date?: Date): string {
  return JSON.stringify(
    { format: ACTORS_FORMAT, version: 1, ...(date ? { date: date.toISOString() } : {}), actors },
    null,
    2,
  );
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

export interface Invitee {
  name: string;
  sector: string;
  role: string;
  contact: string;
  interest: string;
  /** The convener marked the actor as needing capacity building to take part (Guide 2.1). */
  needsCapacityBuilding: boolean;
}

/**
 * The invitee list for a meeting pack: the actors in the order of the roles
 * in the data (conveners first), then by name; `roles` limits it to some roles.
 */
export function inviteeList(data: StakeholderData, actors: readonly Actor[], roles?: readonly string[]): Invitee[] {
  const order = (id: string) => data.roles.findIndex((r) => r.id === id);
  const label = (options: readonly Option[], id: string) => options.find((o) => o.id === id)?.label ?? id;
  return actors
    .filter((a) => !roles || roles.includes(a.role))
    .slice()
    .sort((a, b) => order(a.role) - order(b.role) || a.name.localeCompare(b.name))
    .map((a) => ({
      name: a.name,
      sector: label(data.sectors, a.sector),
      role: label(data.roles, a.role),
      contact: a.contact,
      interest: a.interest,
      needsCapacityBuilding: a.capacity === 'yes',
    }));
}
