/**
 * The actors of a stakeholder map (Guide 2.1): checking each one against the
 * Guide's sectors, roles and Table 3, reading and writing them as JSON (the
 * file format, and what the browser keeps) and the meeting pack's invitee
 * list; CSV and Markdown are in actor-files.ts. Every import names the entry
 * it could not read and why; good entries are kept. Pure.
 */
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

/** CSV columns in order: the key (also accepted in headers and JSON) and the header a spreadsheet shows. */
export const COLUMNS = [
  ['name', 'Name'],
  ['sector', 'Sector'],
  ['role', 'Role'],
  ['interest', 'Interest'],
  ['capacity', 'Needs capacity building'],
  ['benefits', 'What they would gain (Table 3)'],
  ['contact', 'Contact'],
  ['notes', 'Notes'],
] as const;
export type Column = (typeof COLUMNS)[number][0];

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

export const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

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
