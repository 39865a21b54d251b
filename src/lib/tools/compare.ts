/**
 * Which PPP types the comparison shows. Without JavaScript (and until the
 * reader picks) it shows all five, one after another; the reader may pick two
 * or three to see side by side. The pick travels in the URL (?types=a,b), and
 * a link to #type-<id> (the PPP-type result's "compare") starts from that type.
 */
import type { CompareCell, CompareData } from './types.ts';

/** More than three columns do not fit beside each other on a laptop, let alone a phone. */
export const MAX_SIDE_BY_SIDE = 3;
export const TYPE_ANCHOR_PREFIX = 'type-';

/** The reader's pick from the URL: valid, distinct ids in the data's order, at most three; [] means none. */
export function selectionFromUrl(data: CompareData, search: string, hash: string): string[] {
  const known = (id: string) => data.types.some((t) => t.id === id);
  const listed = new URLSearchParams(search).get('types');
  const wanted = listed
    ? listed.split(',').map((s) => s.trim())
    : hash.startsWith(`#${TYPE_ANCHOR_PREFIX}`)
      ? [decodeURIComponent(hash.slice(1 + TYPE_ANCHOR_PREFIX.length))]
      : [];
  const ids = data.types.map((t) => t.id).filter((id) => wanted.includes(id) && known(id));
  return ids.slice(0, MAX_SIDE_BY_SIDE);
}

/** The query for a pick ("" for none), keeping the URL's other parameters. */
export function selectionSearch(search: string, ids: readonly string[]): string {
  const params = new URLSearchParams(search);
  if (ids.length) params.set('types', ids.join(','));
  else params.delete('types');
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** Ticks or unticks a type; a fourth tick is refused (the same selection comes back). */
export function toggleType(data: CompareData, ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((x) => x !== id);
  if (ids.length >= MAX_SIDE_BY_SIDE) return [...ids];
  return data.types.map((t) => t.id).filter((t) => t === id || ids.includes(t));
}

/**
 * The types shown: the pick when it is two or three; otherwise all of them,
 * a single picked type first (the reader came from its result to compare it).
 */
export function shownTypes(data: CompareData, ids: readonly string[]) {
  if (ids.length >= 2) return data.types.filter((t) => ids.includes(t.id));
  return [...data.types].sort((a, b) => Number(ids.includes(b.id)) - Number(ids.includes(a.id)));
}

export function cellFor(data: CompareData, type: string, aspect: string): CompareCell {
  const cell = data.cells.find((c) => c.type === type && c.aspect === aspect);
  if (!cell) throw new Error(`compare data: no cell for ${type} × ${aspect}`);
  return cell;
}
