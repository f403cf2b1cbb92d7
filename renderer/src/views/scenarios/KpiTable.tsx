import type { ApiOutput } from '../../../../shared/api/contract';
import { ColumnHeads } from '../../components/ColumnHeads';

type Kpis = ApiOutput<'scenario/compare'>['a'];

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function KpiTable({ a, b, ka, kb }: { a: string; b: string; ka: Kpis; kb: Kpis }) {
  const rows: [string, string | number, string | number][] = [
    ['Jobs placed', ka.placed, kb.placed],
    ['Unplaced', ka.unplaced, kb.unplaced],
    ['SLA breaches', ka.slaBreachesTotal, kb.slaBreachesTotal],
    ...[...new Set([...Object.keys(ka.slaBreaches), ...Object.keys(kb.slaBreaches)])]
      .sort()
      .map((p) => [`  ${p}`, ka.slaBreaches[p] ?? 0, kb.slaBreaches[p] ?? 0] as [string, number, number]),
    ['Travel hours', ka.travelHours, kb.travelHours],
    ['Utilisation', pct(ka.utilisation), pct(kb.utilisation)],
    ['Overtime hours', ka.overtimeHours, kb.overtimeHours],
    ['Critical-path finish', ka.criticalPathFinish?.replace('T', ' ') ?? '—', kb.criticalPathFinish?.replace('T', ' ') ?? '—'],
  ];
  return (
    <table className="simple-table kpi-table" aria-label="KPIs side by side">
      <ColumnHeads names={['KPI', a, b]} />
      <tbody>
        {rows.map(([k, x, y]) => (
          <tr key={k} data-kpi={k.trim()}>
            <th scope="row">{k}</th>
            <td>{x}</td>
            <td className={x !== y ? 'changed' : undefined}>{y}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
