/**
 * Where the plan's parts live in the reader's browser, and how a pack is put
 * together from them and written back. The answers stay with each wizard
 * (cgg:wizard:<id>, as the wizard resumes them), the stakeholder map and the
 * self-check with their tools; the plan keeps only its own parts (title,
 * marking, sections, notes on results) under cgg:pack:<kind>. So a tool
 * finished on this computer is in the plan at once, and a pack opened from a
 * file gives each tool its answers back. Pure over SafeStorage.
 */
import type { SafeStorage } from '../storage';
import { ACTORS_STORAGE_KEY } from '../tools/actors';
import { GOVERNANCE_STORAGE_KEY } from '../tools/governance';
import { parseFacts, FACTS_KEY } from '../wizard/facts';
import { parseStored, serializeStored, storageKey } from '../wizard/state';
import type { WizardTree } from '../wizard/types';
import { emptyPack, type MeetingPack, type PackKind, SECTION_IDS } from './file';
import { parseTlp } from './tlp';

export const packKey = (kind: PackKind) => `cgg:pack:${kind}`;
/** Where the plan kept its notes before it was a pack (read once, so nothing typed then is lost). */
export const OLD_NOTES_KEY = 'cgg:plan:notes';
/** Where the tools keep their own data. */
export const TOOL_KEYS = { stakeholders: ACTORS_STORAGE_KEY, governance: GOVERNANCE_STORAGE_KEY } as const;

interface Own {
  title?: string;
  tlp?: string;
  sections?: Partial<Record<string, string>>;
  notes?: Record<string, string>;
}

function readOwn(storage: SafeStorage, kind: PackKind): Own {
  try {
    const raw = storage.read(packKey(kind));
    const v: unknown = raw ? JSON.parse(raw) : {};
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Own) : {};
  } catch {
    return {};
  }
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * Every key loadPack reads: where none is set, the pack is the empty one, the
 * same for every reader (the plan page draws it before its island runs).
 */
export function packStorageKeys(kind: PackKind, trees: readonly WizardTree[]): string[] {
  return [
    packKey(kind),
    ...(kind === 'partnership' ? [OLD_NOTES_KEY] : []),
    ...trees.map((t) => storageKey(t.id)),
    FACTS_KEY,
    TOOL_KEYS.stakeholders,
    TOOL_KEYS.governance,
  ];
}

/** The pack as this browser has it. */
export function loadPack(storage: SafeStorage, kind: PackKind, trees: readonly WizardTree[]): MeetingPack {
  const own = readOwn(storage, kind);
  let notes: Record<string, unknown> = own.notes && typeof own.notes === 'object' ? own.notes : {};
  if (!own.notes && kind === 'partnership') {
    try {
      notes = JSON.parse(storage.read(OLD_NOTES_KEY) ?? '{}') as Record<string, unknown>;
    } catch {
      notes = {};
    }
  }
  const pack = emptyPack(kind);
  if (text(own.title)) pack.title = text(own.title);
  const tlp = parseTlp(own.tlp);
  if (tlp) pack.tlp = tlp;
  for (const id of SECTION_IDS) pack.sections[id] = text(own.sections?.[id]);
  for (const tree of trees) {
    const stored = parseStored(storage.read(storageKey(tree.id)), tree);
    const note = text(notes[tree.id]);
    const answers = stored.ok ? stored.answers : [];
    if (answers.length || note) pack.wizards[tree.id] = { version: tree.version, answers, ...(note ? { note } : {}) };
  }
  const facts = parseFacts(storage.read(FACTS_KEY));
  const known = Object.fromEntries(Object.entries(facts).map(([k, f]) => [k, f.value]));
  if (Object.keys(known).length) pack.facts = known;
  const stakeholders = storage.read(TOOL_KEYS.stakeholders);
  const governance = storage.read(TOOL_KEYS.governance);
  const tools: MeetingPack['tools'] = {};
  if (stakeholders) tools.stakeholders = safeJson(stakeholders);
  if (governance) tools.governance = safeJson(governance);
  if (tools.stakeholders !== undefined || tools.governance !== undefined) pack.tools = tools;
  return pack;
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Writes the plan's own parts; false if the browser keeps nothing (the plan then says so). */
export function saveOwn(storage: SafeStorage, pack: MeetingPack): boolean {
  const notes: Record<string, string> = {};
  for (const [id, w] of Object.entries(pack.wizards)) if (w.note) notes[id] = w.note;
  const own: Own = { title: pack.title ?? '', tlp: pack.tlp ?? '', sections: pack.sections, notes };
  return storage.write(packKey(pack.kind), JSON.stringify(own));
}

/** Writes a whole pack (opened from a file) to where each part lives; false if anything could not be kept. */
export function writePack(storage: SafeStorage, pack: MeetingPack, trees: readonly WizardTree[]): boolean {
  let ok = saveOwn(storage, pack);
  for (const tree of trees) {
    const w = pack.wizards[tree.id];
    ok =
      (w?.answers.length
        ? storage.write(storageKey(tree.id), serializeStored(tree, w.answers))
        : storage.remove(storageKey(tree.id))) && ok;
  }
  if (pack.facts) {
    // Said where they came from, as a tool's facts are ("From “…”: Emerging").
    const facts = Object.fromEntries(
      Object.entries(pack.facts).map(([k, value]) => [
        k,
        { value, tree: 'pack', title: 'a saved meeting pack', savedAt: Date.now() },
      ]),
    );
    ok = storage.write(FACTS_KEY, JSON.stringify({ ...parseFacts(storage.read(FACTS_KEY)), ...facts })) && ok;
  }
  if (pack.tools?.stakeholders !== undefined)
    ok = storage.write(TOOL_KEYS.stakeholders, JSON.stringify(pack.tools.stakeholders)) && ok;
  if (pack.tools?.governance !== undefined)
    ok = storage.write(TOOL_KEYS.governance, JSON.stringify(pack.tools.governance)) && ok;
  return ok;
}

/** Puts one wizard's answers into the plan (a result opened from a shared link, or from another computer). */
export function keepAnswers(storage: SafeStorage, tree: WizardTree, answers: readonly string[]): boolean {
  return storage.write(storageKey(tree.id), serializeStored(tree, answers));
}
