/**
 * The stakeholder map on paper: a blank form per sector, with the Guide's
 * roles and Table 3's benefits to tick or number by hand. What the page is
 * without JavaScript, and what "Print a blank template" prints.
 */
import type { StakeholderData } from '../../lib/tools/types';

const ROWS = 4;

export function BlankTemplate({ data, tableHref }: { data: StakeholderData; tableHref: string }) {
  const rows = [...Array(ROWS).keys()];
  const benefits = (row: 'state' | 'non-state') => data.benefits.items.filter((b) => b.sector === row);
  return (
    <div class="sh-template">
      <h2>Blank template</h2>
      <p>
        One table per sector. Roles: <strong>C</strong> convener, <strong>T</strong> neutral third party,{' '}
        <strong>M</strong> member, <strong>E</strong> external contact, <strong>?</strong> not decided yet. Under
        “Gains”, write the numbers of the benefits <a href={tableHref}>Table 3 of the Guide</a> lists for the sector,
        quoted here:
      </p>
      {(['state', 'non-state'] as const).map((row) => (
        <div class="sh-template__benefits" key={row}>
          <p class="sh-template__benefits-title">{data.benefits.rows[row]}</p>
          <ol>
            {benefits(row).map((b) => (
              <li key={b.id}>{b.quote}</li>
            ))}
          </ol>
        </div>
      ))}
      {data.sectors.map((s) => (
        <table class="sh-template__table" key={s.id}>
          <caption>{s.label}</caption>
          <thead>
            <tr>
              <th scope="col">Name and contact</th>
              <th scope="col">Role</th>
              <th scope="col">Key interests</th>
              <th scope="col">Needs capacity building?</th>
              <th scope="col">Gains</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <td />
                <td />
                <td />
                <td>Yes / No</td>
                <td>{s.benefits ? '' : 'none in Table 3'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
