/**
 * The self-check's result per principle: a chart (one square per check, by
 * answer; no score), the same as a table, and the text's advice for each check
 * that is partly or not yet in place.
 */
import { chartLayout, type PrincipleSummary, TALLIES, type Tally } from '../../lib/tools/governance';
import { Quote } from './Quote';
import { SiteNote } from './SiteNote';

interface Props {
  summaries: PrincipleSummary[];
  ppp: string;
  href: (doc: string, anchor: string) => string;
}

/** Each answer has its own shape as well as its own shade, so the chart reads in black and white. */
function Mark({ x, y, size, status }: { x: number; y: number; size: number; status: Tally }) {
  const box = <rect x={x} y={y} width={size} height={size} rx="3" class={`gov-mark gov-mark--${status}`} />;
  if (status === 'partly')
    return (
      <>
        {box}
        <path d={`M${x} ${y + size}L${x + size} ${y}L${x + size} ${y + size}Z`} class="gov-mark__fill" />
      </>
    );
  if (status === 'n-a')
    return (
      <>
        {box}
        <path d={`M${x + 5} ${y + size / 2}H${x + size - 5}`} class="gov-mark__line" />
      </>
    );
  return box;
}

export function GovernanceSummary({ summaries, ppp, href }: Props) {
  const chart = chartLayout(summaries);
  const todo = summaries.filter((s) => s.todo.length > 0);
  return (
    <section class="gov-summary" aria-labelledby="gov-summary">
      <h2 id="gov-summary">Summary{ppp.trim() ? `: ${ppp.trim()}` : ''}</h2>
      <p>
        How many checks you answered each way, per principle. The Guide gives no weights, so there is no score: a
        principle with one check not yet in place may matter more than one with three.
      </p>
      <figure class="gov-chart">
        <svg
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          width={chart.width}
          height={chart.height}
          role="img"
          aria-labelledby="gov-chart-caption"
        >
          <title>Answers per principle</title>
          {chart.rows.map((r) => (
            <g key={r.label}>
              <text x="0" y={r.labelY} class="gov-chart__label">
                {r.label}
              </text>
              {r.marks.map((m) => (
                <g key={`${m.x}`}>
                  <title>{`${m.question} ${TALLIES.find((t) => t.id === m.status)!.label}`}</title>
                  <Mark x={m.x} y={m.y} size={chart.size} status={m.status} />
                </g>
              ))}
            </g>
          ))}
        </svg>
        <figcaption id="gov-chart-caption">
          One square per check, in place first. The table below gives the same counts.
        </figcaption>
        <ul class="gov-legend" aria-hidden="true">
          {TALLIES.map((t) => (
            <li key={t.id}>
              <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
                <Mark x={1} y={1} size={18} status={t.id} />
              </svg>
              {t.label}
            </li>
          ))}
        </ul>
      </figure>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus so keyboard users can scroll it (WCAG 2.1.1) */}
      <div class="sh-table-wrap" tabIndex={0} role="region" aria-labelledby="gov-table-caption">
        <table class="gov-table">
          <caption id="gov-table-caption">Answers per principle</caption>
          <thead>
            <tr>
              <th scope="col">Principle</th>
              {TALLIES.map((t) => (
                <th scope="col" key={t.id}>
                  {t.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summaries.map((s) => (
              <tr key={s.principle.id}>
                <th scope="row">{s.principle.name}</th>
                {TALLIES.map((t) => (
                  <td key={t.id}>{s.counts[t.id]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>What the text advises for what is not yet in place</h3>
      {todo.length === 0 ? (
        <p>Nothing is marked “partly” or “not yet”.</p>
      ) : (
        todo.map((s) => (
          <div class="gov-advice" key={s.principle.id}>
            <h4>{s.principle.name}</h4>
            <ul>
              {s.todo.map((t) => (
                <li key={t.check.id}>
                  <p class="gov-advice__check">
                    {t.check.question}{' '}
                    <span class="gov-advice__status">({t.status === 'partly' ? 'partly' : 'not yet'})</span>
                  </p>
                  {t.check.adviceNote && <SiteNote>{t.check.adviceNote}</SiteNote>}
                  {t.advice.map((a) => (
                    <Quote statement={a} href={href} key={a.anchor + a.quote} />
                  ))}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
