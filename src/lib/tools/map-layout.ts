/**
 * Lays out the stakeholder map as an SVG: one band per sector (the Guide's
 * groups, empty ones too, so gaps show), inside it one line of labelled
 * "chips" per role, wrapping at the given width. Pure; the island draws it.
 * Text widths are estimated (no DOM to measure): long names are shortened
 * with an ellipsis and the full name goes into the chip's tooltip and into
 * the table beside the map.
 */
import type { Actor } from './actors.ts';
import type { StakeholderData } from './types.ts';

export interface MapChip {
  x: number;
  y: number;
  width: number;
  text: string;
  name: string;
  role: string;
  /** The actor's index in the list given. */
  actor: number;
}

export interface MapBand {
  sector: string;
  label: string;
  y: number;
  height: number;
  count: number;
}

export interface MapLayout {
  width: number;
  height: number;
  chipHeight: number;
  bands: MapBand[];
  /** Role headings and "no one yet" lines. */
  texts: { x: number; y: number; text: string; kind: 'role' | 'empty' }[];
  chips: MapChip[];
}

const PAD = 12;
const GAP = 8;
const CHIP_H = 28;
/** Average advance of a 13px system-font character, a little generous. */
const CHAR_W = 7.2;

function shorten(name: string, maxWidth: number): string {
  const fits = Math.floor((maxWidth - 2 * PAD) / CHAR_W);
  return name.length <= fits ? name : `${name.slice(0, Math.max(1, fits - 1)).trimEnd()}…`;
}

export function layoutMap(data: StakeholderData, actors: readonly Actor[], width: number): MapLayout {
  const maxChip = Math.min(width - 4 * PAD, 300);
  const bands: MapBand[] = [];
  const texts: MapLayout['texts'] = [];
  const chips: MapChip[] = [];
  let y = 0;
  for (const sector of data.sectors) {
    const here = actors.map((actor, index) => ({ actor, index })).filter((e) => e.actor.sector === sector.id);
    const top = y;
    y += 34; // the band's title
    if (here.length === 0) {
      texts.push({ x: PAD * 2, y: y + 4, text: 'No one listed yet', kind: 'empty' });
      y += 18;
    }
    for (const role of data.roles) {
      const group = here.filter((e) => e.actor.role === role.id);
      if (group.length === 0) continue;
      texts.push({ x: PAD * 2, y: y + 6, text: role.label, kind: 'role' });
      y += 14;
      let x = PAD * 2;
      for (const { actor, index } of group) {
        const text = shorten(actor.name, maxChip);
        const w = Math.min(maxChip, Math.ceil(text.length * CHAR_W + 2 * PAD));
        if (x + w > width - PAD * 2 && x > PAD * 2) {
          x = PAD * 2;
          y += CHIP_H + GAP;
        }
        chips.push({ x, y, width: w, text, name: actor.name, role: role.id, actor: index });
        x += w + GAP;
      }
      y += CHIP_H + GAP + 6;
    }
    y += PAD;
    bands.push({ sector: sector.id, label: sector.label, y: top, height: y - top, count: here.length });
    y += GAP;
  }
  return { width, height: Math.max(y - GAP, 1), chipHeight: CHIP_H, bands, texts, chips };
}
