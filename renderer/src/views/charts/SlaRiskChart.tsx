// SLA risk by priority: how much open work is overdue, planned late, still unscheduled or on track.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../../api/client';
import { SLA_RISK_CLASSES, SLA_RISK_LABELS } from '../../../../shared/charts';
import { useResource } from '../../hooks/useResource';
import { AXIS, ChartFigure, SERIES } from './ChartFigure';

export function SlaRiskChart() {
  const data = useResource(() => api('charts/get-sla-risk', {}), []);
  const rows = data.data?.rows ?? [];
  const total = (k: (typeof SLA_RISK_CLASSES)[number]) => rows.reduce((n, r) => n + r[k], 0);
  const summary = rows.length
    ? `${total('overdue')} overdue, ${total('late')} planned late, ${total('unscheduled')} unscheduled, ${total('on_track')} on track.`
    : 'No open jobs.';
  return (
    <ChartFigure
      title="SLA risk by priority"
      summary={summary}
      table={{
        head: ['Priority', ...SLA_RISK_CLASSES.map((k) => SLA_RISK_LABELS[k])],
        rows: rows.map((r) => [r.priority, ...SLA_RISK_CLASSES.map((k) => r[k])]),
      }}
    >
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={rows} margin={{ left: 0, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--border)" />
          <XAxis dataKey="priority" tick={AXIS} />
          <YAxis allowDecimals={false} tick={AXIS} />
          <Tooltip contentStyle={{ background: 'var(--surface)', borderColor: 'var(--border)' }} />
          <Legend itemSorter={null} />
          {SLA_RISK_CLASSES.map((k) => (
            <Bar key={k} dataKey={k} name={SLA_RISK_LABELS[k]} stackId="risk" fill={SERIES[k]} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
