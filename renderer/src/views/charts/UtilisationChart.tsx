// Utilisation per operative per day: work, travel and idle minutes of each shift (overrun
// past shift end shown too), for one day at a time.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../../api/client';
import { addDays } from '../../../../shared/calendar';
import { useResource } from '../../hooks/useResource';
import { duration, shortDay } from '../../lib/format';
import { AXIS, ChartFigure, SERIES } from './ChartFigure';

export function UtilisationChart({ date, onDate }: { date: string; onDate: (d: string) => void }) {
  const data = useResource(() => api('charts/get-utilisation', { from: date, to: date }), [date]);
  const rows = (data.data?.rows ?? []).filter((r) => r.working).map((r) => ({ ...r, hours: (r.work_min + r.travel_min) / 60 }));
  const work = rows.reduce((n, r) => n + r.work_min, 0);
  const shift = rows.reduce((n, r) => n + r.work_min + r.travel_min + r.idle_min, 0);
  const summary = rows.length
    ? `${shortDay(date)}: ${rows.length} operatives working, ${duration(work)} of work in ${duration(shift)} of shifts (${Math.round((100 * work) / Math.max(1, shift))}%).`
    : `${shortDay(date)}: nobody is working.`;
  return (
    <ChartFigure
      title="Utilisation per operative"
      summary={summary}
      table={{
        head: ['Operative', 'Jobs', 'Work (min)', 'Travel (min)', 'Idle (min)', 'Overrun (min)'],
        rows: rows.map((r) => [r.name, r.jobs, r.work_min, r.travel_min, r.idle_min, r.overrun_min]),
      }}
    >
      <div className="plan-chart-tools">
        <button type="button" onClick={() => onDate(addDays(date, -1))}>
          Previous day
        </button>
        <input type="date" aria-label="Utilisation date" value={date} onChange={(e) => e.target.value && onDate(e.target.value)} />
        <button type="button" onClick={() => onDate(addDays(date, 1))}>
          Next day
        </button>
      </div>
      <ResponsiveContainer width="100%" height={Math.max(160, 34 * rows.length + 60)}>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="var(--border)" />
          <XAxis type="number" tick={AXIS} unit=" min" />
          <YAxis type="category" dataKey="name" tick={AXIS} width={130} />
          <Tooltip formatter={(v) => duration(Number(v))} contentStyle={{ background: 'var(--surface)', borderColor: 'var(--border)' }} />
          <Legend itemSorter={null} />
          <Bar dataKey="work_min" name="Work" stackId="day" fill={SERIES.work} />
          <Bar dataKey="travel_min" name="Travel" stackId="day" fill={SERIES.travel} />
          <Bar dataKey="idle_min" name="Idle" stackId="day" fill={SERIES.idle} />
          <Bar dataKey="overrun_min" name="Overrun" stackId="day" fill={SERIES.overrun} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
