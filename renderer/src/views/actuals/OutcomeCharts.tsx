// Two recharts figures: outcomes per day (stacked) and completion and no-access rates per trade,
// each with a one-line summary and its numbers as a table (ChartFigure).
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ApiOutput } from '../../../../shared/api/contract';
import { dayMonth } from '../../lib/format';
import { AXIS, ChartFigure, SERIES } from '../charts/ChartFigure';
import { percent } from './actualsText';
import '../charts/charts.css';

type Report = ApiOutput<'actuals/get-report'>;

const OUTCOME_SERIES = [
  ['completed', 'Completed', SERIES.on_track],
  ['no_access', 'No access', SERIES.overdue],
  ['abortive', 'Abortive', SERIES.late],
  ['further_work', 'Further work', SERIES.travel],
  ['cancelled', 'Cancelled', SERIES.idle],
] as const;

export function OutcomeCharts({ report }: { report: Report }) {
  const days = report.rollups.days.map((d) => ({ ...d, label: dayMonth(d.key) }));
  const trades = report.rollups.trades.map((t) => ({
    key: t.key,
    completion: Math.round((t.completion_rate ?? 0) * 1000) / 10,
    no_access: t.visits - t.cancelled === 0 ? 0 : Math.round((t.no_access / (t.visits - t.cancelled)) * 1000) / 10,
  }));
  const worst = [...report.rollups.trades].sort((a, b) => (a.completion_rate ?? 1) - (b.completion_rate ?? 1))[0];
  return (
    <div className="plan-charts-grid">
      <ChartFigure
        title="Outcomes per day"
        summary={`${report.kpis.visits} visits over ${days.length} day${days.length === 1 ? '' : 's'}; ${report.kpis.completed} completed.`}
        table={{ head: ['Day', ...OUTCOME_SERIES.map(([, n]) => n)], rows: days.map((d) => [d.key, ...OUTCOME_SERIES.map(([k]) => d[k])]) }}
      >
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={days}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={AXIS} />
            <YAxis allowDecimals={false} tick={AXIS} />
            <Tooltip />
            <Legend />
            {OUTCOME_SERIES.map(([k, name, colour]) => (
              <Bar key={k} dataKey={k} name={name} stackId="o" fill={colour} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
      <ChartFigure
        title="Completion and no access by trade"
        summary={worst ? `Lowest completion: ${worst.key} at ${percent(worst.completion_rate)}.` : 'No trades.'}
        table={{ head: ['Trade', 'Completion %', 'No access %'], rows: trades.map((t) => [t.key, t.completion, t.no_access]) }}
      >
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={trades}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="key" tick={AXIS} />
            <YAxis domain={[0, 100]} unit="%" tick={AXIS} />
            <Tooltip />
            <Legend />
            <Bar dataKey="completion" name="Completion %" fill={SERIES.on_track} isAnimationActive={false} />
            <Bar dataKey="no_access" name="No access %" fill={SERIES.overdue} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
    </div>
  );
}
