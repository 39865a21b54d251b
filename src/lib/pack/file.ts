/**
 * The meeting pack as a file a convener saves, moves (e-mail, shared drive,
 * USB stick) and opens again on another computer: no server involved. The
 * format is in docs/arch/0006-meeting-pack-file.md. Reading never throws:
 * whatever is picked in the file dialog gives the pack and what was left out
 * of it, or one plain message saying why it cannot be opened.
 */
import { parseTlp, type TlpLabel } from './tlp';

export const PACK_FORMAT = 'cgg-meeting-pack';
export const PACK_FORMAT_VERSION = 1;
/** Far more than any real pack (a long pack with a full stakeholder map is ~100 kB); refuse before parsing. */
export const MAX_PACK_CHARS = 2_000_000;

export const PACK_KINDS = ['partnership', 'institution'] as const;
export type PackKind = (typeof PACK_KINDS)[number];

export const SECTION_IDS = ['purpose', 'invitees', 'agenda', 'notes'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** One wizard's part of the pack: its answers in asking order (as in links) and the convener's note on its result. */
export interface WizardPart {
  version: number;
  answers: string[];
  note?: string;
}

/** The pack as the plan keeps it. */
export interface MeetingPack {
  kind: PackKind;
  title?: string;
  tlp?: TlpLabel;
  sections: Record<SectionId, string>;
  /** By wizard (tree) id. */
  wizards: Record<string, WizardPart>;
  /** Shared facts (e.g. "community-stage": "emerging"), by key. */
  facts?: Record<string, string>;
  /** The other tools' data, in their own formats; checked by their own importers. */
  tools?: { stakeholders?: unknown; governance?: unknown };
}

export function emptyPack(kind: PackKind): MeetingPack {
  return { kind, sections: { purpose: '', invitees: '', agenda: '', notes: '' }, wizards: {} };
}

/** Ids in the file are the wizards' own: lower-case letters, digits, hyphens. */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_ID = 100;
const MAX_ANSWERS = 200;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_ID && ID.test(v);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The file's text. Keys in a fixed order, empty optional parts left out, so two saves of one pack are identical. */
export function serializePack(pack: MeetingPack, meta: { savedAt: Date; siteVersion: string }): string {
  const wizards = Object.fromEntries(
    Object.keys(pack.wizards)
      .sort()
      .map((id) => {
        const w = pack.wizards[id]!;
        return [id, { version: w.version, answers: w.answers, ...(w.note ? { note: w.note } : {}) }];
      }),
  );
  const tools = pack.tools && Object.fromEntries(Object.entries(pack.tools).filter(([, v]) => v !== undefined));
  const file = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    savedAt: meta.savedAt.toISOString(),
    site: { version: meta.siteVersion },
    kind: pack.kind,
    ...(pack.title ? { title: pack.title } : {}),
    ...(pack.tlp ? { tlp: pack.tlp } : {}),
    sections: Object.fromEntries(SECTION_IDS.map((id) => [id, pack.sections[id]])),
    wizards,
    ...(pack.facts && Object.keys(pack.facts).length ? { facts: pack.facts } : {}),
    ...(tools && Object.keys(tools).length ? { tools } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "meeting-pack-partnership-TLP-AMBER-2026-12-01.json": the marking shows in the file's name too. */
export function packFileName(pack: Pick<MeetingPack, 'kind' | 'tlp'>, date: Date): string {
  const tlp = pack.tlp ? `-TLP-${pack.tlp.replace('+', '-')}` : '';
  return `meeting-pack-${pack.kind}${tlp}-${date.toISOString().slice(0, 10)}.json`;
}

/** A wizard the site has now: the pack's answers are checked against it. */
export interface KnownTree {
  id: string;
  version: number;
  /** For messages; the id if absent. */
  title?: string;
  /** The leading answers that still walk the tree (engine's validPrefix); all are kept if absent. */
  usable?: (answers: readonly string[]) => string[];
}

export type PackWarningCode =
  | 'tree-version'
  | 'tree-unknown'
  | 'answers-dropped'
  | 'part-unreadable'
  | 'tlp-unreadable';

export interface PackWarning {
  code: PackWarningCode;
  /** Plain English for the reader. */
  message: string;
  /** The wizard it is about, when it is about one. */
  tree?: string;
}

export type PackErrorCode = 'empty' | 'too-big' | 'not-json' | 'damaged' | 'not-ours' | 'newer-format';

export interface PackError {
  code: PackErrorCode;
  message: string;
}

export type ParsePackResult =
  | { ok: true; pack: MeetingPack; savedAt?: Date; siteVersion?: string; warnings: PackWarning[] }
  | { ok: false; error: PackError };

const SAVE_AGAIN = 'Ask whoever sent it to save the pack again with “Save the pack”, and send the .json file.';

/** What a file that is not JSON probably is, to say so. */
function guessWhat(text: string): string {
  if (text.startsWith('PK')) return 'It looks like a Word document or a zip file.';
  if (text.startsWith('%PDF')) return 'It looks like a PDF.';
  if (/^\s*#\s/.test(text) || /^\s*\*\*TLP:/.test(text)) return 'It looks like a Markdown export, made for reading.';
  if (/^\s*</.test(text)) return 'It looks like a web page.';
  return '';
}

/**
 * Reads a pack file. Never throws. A file of another site version is read as
 * far as it fits: answers to a wizard whose version changed are left out (they
 * may no longer mean the same; its note is kept), wizards this site does not
 * have are ignored, unreadable parts are left out, and each is said in a
 * warning.
 */
export function parsePackFile(text: unknown, knownTrees: readonly KnownTree[]): ParsePackResult {
  const fail = (code: PackErrorCode, message: string): ParsePackResult => ({ ok: false, error: { code, message } });
  if (typeof text !== 'string')
    return fail('not-json', 'This file could not be read as text, so it is not a meeting pack.');
  if (text.length > MAX_PACK_CHARS)
    return fail(
      'too-big',
      `This file is ${Math.round(text.length / 1e6)} MB: far larger than any meeting pack (at most ${MAX_PACK_CHARS / 1e6} MB), so it was not opened. Check that you picked the right file.`,
    );
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return fail('empty', 'This file is empty. Check that you picked the right file.');

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    if (body.startsWith('{') && body.includes(`"${PACK_FORMAT}"`))
      return fail(
        'damaged',
        `This meeting pack is damaged: it was cut short or changed after it was saved, and cannot be read. ${SAVE_AGAIN}`,
      );
    const what = [
      'This file is not a meeting pack.',
      guessWhat(body),
      'A pack is the .json file that “Save the pack” makes.',
    ];
    return fail('not-json', what.filter(Boolean).join(' '));
  }
  if (!isRecord(data) || data.format !== PACK_FORMAT) {
    if (isRecord(data) && data.plan === 'first-meeting')
      return fail(
        'not-ours',
        'This is the plan’s JSON export, made for other tools: it holds the results as text, not the answers, so it cannot be opened here. A pack that can be opened again is the .json file that “Save the pack” makes.',
      );
    if (isRecord(data) && typeof data.tool === 'string' && 'toolVersion' in data)
      return fail(
        'not-ours',
        'This is one tool’s result exported as JSON, not a meeting pack. Open the tool’s link instead, or a .json file made with “Save the pack”.',
      );
    return fail(
      'not-ours',
      'This file is not a meeting pack: it is some other JSON file. A pack is the .json file that “Save the pack” makes.',
    );
  }
  const version = data.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail(
      'damaged',
      `This meeting pack is damaged: it does not say which version of the format it uses. ${SAVE_AGAIN}`,
    );
  if (version > PACK_FORMAT_VERSION)
    return fail(
      'newer-format',
      'This meeting pack was saved by a newer version of this site, in a form this version cannot read. Open it with the newer version (the site it came from), or ask for the site to be updated here.',
    );
  const kind = data.kind;
  if (!PACK_KINDS.includes(kind as PackKind))
    return fail(
      'damaged',
      `This meeting pack is damaged: it does not say whether it is a plan for a partnership or for an institution. ${SAVE_AGAIN}`,
    );

  return readPack(data, kind as PackKind, knownTrees);
}

function readPack(data: Record<string, unknown>, kind: PackKind, knownTrees: readonly KnownTree[]): ParsePackResult {
  const warnings: PackWarning[] = [];
  const unreadable = (part: string) =>
    warnings.push({ code: 'part-unreadable', message: `${part} could not be read and was left out.` });
  const pack = emptyPack(kind);

  if (typeof data.title === 'string' && data.title.trim()) pack.title = data.title.trim();
  else if (data.title !== undefined) unreadable('The title');

  if (data.tlp !== undefined) {
    const tlp = parseTlp(data.tlp);
    if (tlp) pack.tlp = tlp;
    else
      warnings.push({
        code: 'tlp-unreadable',
        message:
          'The TLP marking in this file could not be read, so the pack is shown without one. Ask whoever sent it which label it carries, and set it again before you share it.',
      });
  }

  if (isRecord(data.sections)) {
    for (const id of SECTION_IDS) {
      const v = data.sections[id];
      if (typeof v === 'string') pack.sections[id] = v;
      else if (v !== undefined) unreadable(`The “${id}” section`);
    }
  } else if (data.sections !== undefined) unreadable('The purpose, invitees, agenda and notes');

  if (isRecord(data.wizards)) readWizards(data.wizards, knownTrees, pack, warnings);
  else if (data.wizards !== undefined) unreadable('The answers to the tools');

  if (isRecord(data.facts)) {
    const facts = Object.entries(data.facts).filter((e): e is [string, string] => isId(e[0]) && isId(e[1]));
    if (facts.length < Object.keys(data.facts).length) unreadable('Part of what the tools share between them');
    if (facts.length) pack.facts = Object.fromEntries(facts);
  } else if (data.facts !== undefined) unreadable('What the tools share between them');

  if (isRecord(data.tools)) {
    const tools: NonNullable<MeetingPack['tools']> = {};
    // As JSON writes them (a number too large to write, 1e999, reads as Infinity and would save as null).
    const asSaved = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
    if (data.tools.stakeholders !== undefined) tools.stakeholders = asSaved(data.tools.stakeholders);
    if (data.tools.governance !== undefined) tools.governance = asSaved(data.tools.governance);
    if (Object.keys(tools).length) pack.tools = tools;
  } else if (data.tools !== undefined) unreadable('The stakeholder map and the self-check');

  const site = isRecord(data.site) && typeof data.site.version === 'string' ? data.site.version : undefined;
  const saved = typeof data.savedAt === 'string' ? new Date(data.savedAt) : undefined;
  const savedAt = saved && !Number.isNaN(saved.getTime()) ? saved : undefined;
  return {
    ok: true,
    pack,
    ...(savedAt ? { savedAt } : {}),
    ...(site ? { siteVersion: site } : {}),
    warnings,
  };
}

const show = (id: string) => (id.length > 60 ? `${id.slice(0, 60)}…` : id);

function readWizards(
  wizards: Record<string, unknown>,
  knownTrees: readonly KnownTree[],
  pack: MeetingPack,
  warnings: PackWarning[],
) {
  const known = new Map(knownTrees.map((t) => [t.id, t]));
  for (const [id, raw] of Object.entries(wizards)) {
    const tree = known.get(id);
    if (!tree) {
      warnings.push({
        code: 'tree-unknown',
        message: `The file has answers to a tool this version of the site does not have (“${show(id)}”); they were left out.`,
        tree: id,
      });
      continue;
    }
    const title = `“${tree.title ?? id}”`;
    const part = readPart(raw);
    if (!part) {
      warnings.push({
        code: 'part-unreadable',
        message: `The answers to ${title} could not be read and were left out: answer it again.`,
        tree: id,
      });
      continue;
    }
    if (part.version !== tree.version) {
      const note = part.note ? ' Your note on it was kept.' : '';
      warnings.push({
        code: 'tree-version',
        message: `The answers to ${title} were saved with version ${part.version} of that tool; it is now version ${tree.version} and its questions have changed, so the answers were left out: answer it again.${note}`,
        tree: id,
      });
      if (part.note) pack.wizards[id] = { version: tree.version, answers: [], note: part.note };
      continue;
    }
    const usable = tree.usable ? tree.usable(part.answers) : part.answers;
    if (usable.length < part.answers.length) {
      const kept =
        usable.length === 0
          ? 'none of them still fit its questions, so they were left out'
          : `only the first ${usable.length === 1 ? 'answer still fits' : `${usable.length} still fit`} its questions; the rest were left out`;
      warnings.push({
        code: 'answers-dropped',
        message: `Of the ${part.answers.length} answers to ${title}, ${kept}. Carry on from there.`,
        tree: id,
      });
    }
    pack.wizards[id] = { version: part.version, answers: [...usable], ...(part.note ? { note: part.note } : {}) };
  }
}

function readPart(raw: unknown): WizardPart | undefined {
  if (!isRecord(raw)) return undefined;
  const { version, answers, note } = raw;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return undefined;
  if (!Array.isArray(answers) || answers.length > MAX_ANSWERS || !answers.every(isId)) return undefined;
  if (note !== undefined && typeof note !== 'string') return undefined;
  return { version, answers: [...answers], ...(note ? { note } : {}) };
}
