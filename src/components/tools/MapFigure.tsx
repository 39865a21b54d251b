/**
 * The stakeholder map drawn: an SVG grouped by sector and role, and the same
 * map as a table for screen readers and for anyone who prefers one.
 */
import type { Actor } from '../../lib/tools/actors';
import { layoutMap } from '../../lib/tools/map-layout';
import type { StakeholderData } from '../../lib/tools/types';

interface Props {
  data: StakeholderData;
  actors: readonly Actor[];
  width: number;
}

export function MapFigure({ data, actors, width }: Props) {
  const map = layoutMap(data, actors, width);
  const sectors = data.sectors.filter((s) => actors.some((a) => a.sector === s.id)).length;
  return (
    <figure class="sh-map" aria-labelledby="sh-map-caption">
      <svg
        class="sh-map__svg"
        viewBox={`0 0 ${map.width} ${map.height}`}
        width={map.width}
        height={map.height}
        role="img"
        aria-labelledby="sh-map-caption"
      >
        <title>Stakeholder map</title>
        {map.bands.map((b, i) => (
          <g key={b.sector} class={`sh-band${b.count === 0 ? ' sh-band--empty' : ''}`}>
            <rect
              x="1"
              y={b.y + 1}
              width={map.width - 2}
              height={b.height - 2}
              rx="8"
              class={`sh-band__bg sh-band__bg--${i % 2}`}
            />
            <text x="14" y={b.y + 22} class="sh-band__title">
              {b.label} ({b.count})
            </text>
          </g>
        ))}
        {map.texts.map((t) => (
          <text key={`${t.x},${t.y}`} x={t.x} y={t.y} class={`sh-map__${t.kind}`}>
            {t.text}
          </text>
        ))}
        {map.chips.map((c) => (
          <g key={c.actor} class={`sh-chip sh-chip--${c.role}`}>
            <title>{c.name}</title>
            <rect x={c.x} y={c.y} width={c.width} height={map.chipHeight} rx="14" />
            <text x={c.x + 12} y={c.y + 19}>
              {c.text}
            </text>
          </g>
        ))}
      </svg>
      <figcaption id="sh-map-caption">
        Your stakeholder map: {actors.length} {actors.length === 1 ? 'actor' : 'actors'} in {sectors} of the{' '}
        {data.sectors.length} sectors, grouped by the role they could play. The table below shows the same.
      </figcaption>
    </figure>
  );
}

export function MapTable({ data, actors }: Omit<Props, 'width'>) {
  return (
    // Six columns need more than a phone's width: the table scrolls sideways, by keyboard too, under a title that does not.
    <div class="sh-map-table">
      <h3 id="sh-table-caption">The map as a table: actors by sector and role</h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus so keyboard users can scroll it (WCAG 2.1.1) */}
      <div class="sh-table-wrap" tabIndex={0} role="region" aria-labelledby="sh-table-caption">
        <table class="sh-table" aria-labelledby="sh-table-caption">
          <thead>
            <tr>
              <th scope="col">Sector</th>
              {data.roles.map((r) => (
                <th scope="col" key={r.id}>
                  {r.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.sectors.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.label}</th>
                {data.roles.map((r) => {
                  const names = actors.filter((a) => a.sector === s.id && a.role === r.id).map((a) => a.name);
                  return <td key={r.id}>{names.length ? names.join('; ') : <span class="sh-table__none">–</span>}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
