/**
 * Opening a pack file replaces the plan of its kind. Before anything of the
 * current plan is lost, the UI shows what would go, from planImport, and asks.
 */
import { type MeetingPack, SECTION_IDS } from './file';
import { tlpMarking } from './tlp';
import { SECTION_TITLES } from './view';

export interface ImportChange {
  /** What it is, for the reader: "Agenda", "your answers to “Which PPP type fits us”", "the TLP marking". */
  label: string;
  /** A short preview of what the plan has now, and of what the file has ('' when nothing). */
  current: string;
  incoming: string;
}

export interface ImportPlan {
  /** What the current plan has that the file would replace or remove: confirm before these are lost. */
  replaced: ImportChange[];
  /** What the file brings where the current plan has nothing. */
  added: ImportChange[];
  needsConfirmation: boolean;
  /** One or two sentences for the confirmation dialog. */
  summary: string;
}

const preview = (text: string): string => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 59)}…` : one;
};

const answersText = (w: MeetingPack['wizards'][string] | undefined): string =>
  w?.answers.length ? `${w.answers.length} answer${w.answers.length === 1 ? '' : 's'}` : '';

const json = (v: unknown): string => (v === undefined ? '' : JSON.stringify(v));

/**
 * What opening `incoming` would do to `current` (the plan of the same kind).
 * `treeTitles` names the wizards in the labels.
 */
export function planImport(
  current: MeetingPack,
  incoming: MeetingPack,
  treeTitles: Readonly<Record<string, string>> = {},
): ImportPlan {
  const replaced: ImportChange[] = [];
  const added: ImportChange[] = [];
  const compare = (label: string, now: string, next: string, same = now === next) => {
    if (same) return;
    if (now) replaced.push({ label, current: now, incoming: next });
    else added.push({ label, current: '', incoming: next });
  };
  const tool = (id: string) => `“${treeTitles[id] ?? id}”`;

  const kindName = (p: MeetingPack) =>
    p.kind === 'partnership' ? 'a plan for a partnership' : 'a plan for an institution';
  compare('the kind of plan', kindName(current), kindName(incoming));
  compare('the title', preview(current.title ?? ''), preview(incoming.title ?? ''), current.title === incoming.title);
  compare(
    'the TLP marking',
    current.tlp ? tlpMarking(current.tlp) : '',
    incoming.tlp ? tlpMarking(incoming.tlp) : 'no marking',
    current.tlp === incoming.tlp,
  );
  for (const id of SECTION_IDS)
    compare(
      SECTION_TITLES[id],
      preview(current.sections[id]),
      preview(incoming.sections[id]),
      current.sections[id].trim() === incoming.sections[id].trim(),
    );

  const ids = [...new Set([...Object.keys(current.wizards), ...Object.keys(incoming.wizards)])].sort();
  for (const id of ids) {
    const now = current.wizards[id];
    const next = incoming.wizards[id];
    compare(
      `your answers to ${tool(id)}`,
      answersText(now),
      answersText(next),
      json(now?.answers ?? []) === json(next?.answers ?? []) && (!now?.answers.length || now.version === next?.version),
    );
    compare(`your note on ${tool(id)}`, preview(now?.note ?? ''), preview(next?.note ?? ''));
  }

  const facts = [...new Set([...Object.keys(current.facts ?? {}), ...Object.keys(incoming.facts ?? {})])].sort();
  for (const key of facts)
    compare(`what the tools share: ${key}`, current.facts?.[key] ?? '', incoming.facts?.[key] ?? '');
  compare(
    'the stakeholder map',
    current.tools?.stakeholders === undefined ? '' : 'your map',
    incoming.tools?.stakeholders === undefined ? '' : 'the file’s map',
    json(current.tools?.stakeholders) === json(incoming.tools?.stakeholders),
  );
  compare(
    'the good-governance self-check',
    current.tools?.governance === undefined ? '' : 'your self-check',
    incoming.tools?.governance === undefined ? '' : 'the file’s self-check',
    json(current.tools?.governance) === json(incoming.tools?.governance),
  );

  const summary = replaced.length
    ? `Opening this file replaces ${replaced.length === 1 ? 'one thing' : `${replaced.length} things`} in your current plan: ${replaced.map((c) => c.label).join('; ')}. Save the current plan first if you may need it again.`
    : 'Nothing in your current plan is lost by opening this file.';
  return { replaced, added, needsConfirmation: replaced.length > 0, summary };
}
