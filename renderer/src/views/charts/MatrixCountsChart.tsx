// How the open work splits across the impact/effort quadrants (as currently filtered).
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, ChartFigure, SERIES } from './ChartFigure';

export function MatrixCountsChart({ counts }: { counts: readonly { quadrant: string; jobs: number }[] }) {
  return (
    <ChartFigure
      title="Jobs per quadrant"
      summary={counts.map((c) => `${c.quadrant}: ${c.jobs}`).join(', ') + '.'}
      table={{ head: ['Quadrant', 'Jobs'], rows: counts.map((c) => [c.quadrant, c.jobs]) }}
    >
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={[...counts]} margin={{ left: 0, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--border)" />
          <XAxis dataKey="quadrant" tick={AXIS} />
          <YAxis allowDecimals={false} tick={AXIS} />
          <Tooltip contentStyle={{ background: 'var(--surface)', borderColor: 'var(--border)' }} />
          <Bar dataKey="jobs" name="Jobs" fill={SERIES.work} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
