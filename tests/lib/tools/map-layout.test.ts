import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, emptyActor } from '../../../src/lib/tools/actors';
import { layoutMap } from '../../../src/lib/tools/map-layout';
import { stakeholderData } from './data';

const data = stakeholderData();
const actor = (name: string, sector: string, role: string): Actor => ({ ...emptyActor(), name, sector, role });

const overlaps = (a: { x: number; y: number; width: number }, b: typeof a, h: number) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + h && b.y < a.y + h;

describe('layoutMap', () => {
  it('draws every sector, says so where no one is listed, and groups actors by role', () => {
    const layout = layoutMap(
      data,
      [actor('MKD-CIRT', 'state', 'convener'), actor('A bank', 'business', 'member')],
      640,
    );
    expect(layout.bands.map((b) => `${b.label} ${b.count}`)).toEqual([
      'State bodies 1',
      'Private businesses 1',
      'Civil society 0',
      'Technical community 0',
      'Academia 0',
      'International organisations 0',
    ]);
    expect(layout.texts.filter((t) => t.kind === 'empty')).toHaveLength(4);
    expect(layout.texts.filter((t) => t.kind === 'role').map((t) => t.text)).toEqual(['Convener', 'Member']);
  });

  it('shortens a long name with an ellipsis and keeps the full one', () => {
    const long =
      'Ministry of Trade, Tourism and Telecommunications of the Republic of Serbia, Sector for Information Society';
    const chip = layoutMap(data, [actor(long, 'state', 'member')], 340).chips[0]!;
    expect(chip.text.endsWith('…')).toBe(true);
    expect(chip.name).toBe(long);
  });

  it('property: chips stay inside their band and the drawing, and never overlap, at 340 and 640 wide', () => {
    const arb = fc.array(
      fc.record({
        name: fc.string({ minLength: 1, maxLength: 80 }),
        sector: fc.constantFrom(...data.sectors.map((s) => s.id)),
        role: fc.constantFrom(...data.roles.map((r) => r.id)),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, fc.constantFrom(340, 640), (list, width) => {
        const actors = list.map((a) => actor(a.name, a.sector, a.role));
        const layout = layoutMap(data, actors, width);
        expect(layout.chips.map((c) => c.actor).sort((a, b) => a - b)).toEqual(actors.map((_, i) => i));
        for (const c of layout.chips) {
          expect(c.x).toBeGreaterThanOrEqual(0);
          expect(c.x + c.width).toBeLessThanOrEqual(width);
          expect(c.y + layout.chipHeight).toBeLessThanOrEqual(layout.height);
        }
        for (const [i, a] of layout.chips.entries())
          for (const b of layout.chips.slice(i + 1)) expect(overlaps(a, b, layout.chipHeight)).toBe(false);
        for (const [i, band] of layout.bands.entries()) {
          const inBand = layout.chips.filter((c) => actors[c.actor]!.sector === band.sector);
          for (const c of inBand) {
            expect(c.y).toBeGreaterThan(band.y);
            expect(c.y + layout.chipHeight).toBeLessThanOrEqual(band.y + band.height);
          }
          if (i > 0) expect(band.y).toBeGreaterThanOrEqual(layout.bands[i - 1]!.y + layout.bands[i - 1]!.height);
        }
      }),
      { numRuns: 300 },
    );
  });
});
