// A chart with a visible title, a one-line summary for everyone (and assistive technology)
// and the numbers as a table on request: charts are never the only way to read the data.
import { useId, type ReactNode } from 'react';
import { ColumnHeads } from '../../components/ColumnHeads';

interface Props {
  title: string;
  summary: string;
  children: ReactNode;
  table: { head: string[]; rows: (string | number)[][] };
}

export function ChartFigure({ title, summary, children, table }: Props) {
  const id = useId();
  return (
    <figure className="framed-column plan-chart" aria-labelledby={`${id}-t`} aria-describedby={`${id}-s`}>
      <figcaption>
        <h3 id={`${id}-t`}>{title}</h3>
        <p id={`${id}-s`} className="muted">
          {summary}
        </p>
      </figcaption>
      <div className="plan-chart-body">{children}</div>
      <details className="plan-chart-data">
        <summary>Data table</summary>
        <table className="plain-table" aria-label={title}>
          <ColumnHeads names={table.head} />
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={j} className="num">
                      {c}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Colours readable on both themes' surfaces (and each series also has a legend label). */
export const SERIES = {
  work: '#2f6fd6',
  travel: '#e09b00',
  idle: '#8a929c',
  overrun: '#d1242f',
  overdue: '#a4161a',
  late: '#e0560b',
  unscheduled: '#e09b00',
  on_track: '#2d8a4a',
  no_sla: '#8a929c',
};

export const AXIS = { fill: 'currentColor', fontSize: 11 };
