// One trade's capacity chart: hours available and due per day, the shortfall in red. Clicking
// a shortfall (bar or the button under the chart) opens the diary on that day. The figure's
// caption is the plain summary; a hidden table gives the numbers to assistive tech, and data
// attributes give them to tests.
import { ColumnHeads } from '../../components/ColumnHeads';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CapacityReport } from '../../../../shared/api/areas/roster';
import { shortDay } from '../../lib/format';

type TradeRow = CapacityReport['trades'][number];

interface Props {
  row: TradeRow;
  onOpenDay: (date: string, trade: string) => void;
}

const hours = (h: number) => `${Number.isInteger(h) ? h : h.toFixed(1)} h`;

export function TradeChart({ row, onOpenDay }: Props) {
  const data = row.days.map((d) => ({ ...d, label: shortDay(d.date).replace(/ \w+$/, '') }));
  const short = row.days.filter((d) => d.shortfall > 0);
  const captionId = `cap-${row.trade}`;
  return (
    <figure
      className="cap-card"
      data-trade={row.trade}
      data-shortfall={row.shortfall}
      data-available={row.days.map((d) => d.available).join(',')}
      data-demanded={row.days.map((d) => d.demanded).join(',')}
      aria-labelledby={captionId}
    >
      <figcaption id={captionId} className="cap-caption" data-short={short.length > 0 || undefined}>
        {row.summary}
      </figcaption>
      <div className="cap-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={150}>
          <BarChart data={data} margin={{ top: 6, right: 6, bottom: 0, left: -18 }} barGap={1}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis
              dataKey="label"
              tick={{ fontSize: 11, fill: 'var(--text-muted)' }}
              tickLine={false}
              axisLine={{ stroke: 'var(--border-strong)' }}
              interval="preserveStartEnd"
            />
            <YAxis tick={{ fontSize: 11, fill: 'var(--text-muted)' }} tickLine={false} axisLine={false} allowDecimals={false} />
            <Tooltip
              cursor={{ fill: 'var(--surface-hover)' }}
              contentStyle={{
                background: 'var(--surface)',
                border: '1px solid var(--border-strong)',
                borderRadius: 4,
                fontSize: 12,
                color: 'var(--text)',
              }}
              formatter={(v) => hours(Number(v))}
            />
            <Legend iconSize={9} wrapperStyle={{ fontSize: 11 }} />
            <Bar dataKey="available" name="Available" fill="var(--cap-available)" isAnimationActive={false} />
            <Bar dataKey="demanded" name="Due" fill="var(--cap-demand)" isAnimationActive={false} />
            <Bar
              dataKey="shortfall"
              name="Short"
              fill="var(--cap-short)"
              isAnimationActive={false}
              cursor="pointer"
              onClick={(d) => onOpenDay((d.payload as { date: string }).date, row.trade)}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      {short.length > 0 && (
        <ul className="cap-short-list" aria-label={`${row.trade} shortfalls`}>
          {short.map((d) => (
            <li key={d.date}>
              <button type="button" className="link-button" onClick={() => onOpenDay(d.date, row.trade)} data-date={d.date}>
                {shortDay(d.date)}: short {hours(d.shortfall)}
                {d.at_risk.length > 0 ? `, ${d.at_risk.length} at risk` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
      <table className="roster-sr-only">
        <caption>{row.trade} hours per day</caption>
        <ColumnHeads names={['Day', 'Available', 'Due', 'Short']} />
        <tbody>
          {row.days.map((d) => (
            <tr key={d.date}>
              <th scope="row">{shortDay(d.date)}</th>
              <td>{hours(d.available)}</td>
              <td>{hours(d.demanded)}</td>
              <td>{hours(d.shortfall)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
