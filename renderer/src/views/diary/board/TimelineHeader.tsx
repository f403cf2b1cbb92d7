// The sticky header row: one column header per day (week view) or an hours ruler (day view),
// each with the day's load at a glance.
import { useMemo } from 'react';
import type { BoardModel } from '../boardModel';
import { HEAD_W, HEADER_H, minuteToX, type Geometry } from './layout';
import { formatClock } from '../../../../../shared/plan';
import { shortDay } from '../../../lib/format';

export function TimelineHeader({
  model,
  geometry,
  today,
  focus,
  rowCount,
}: {
  model: BoardModel;
  geometry: Geometry;
  today: string;
  focus: string;
  rowCount: number;
}) {
  const counts = useMemo(() => {
    const out = new Map<string, number>();
    for (const e of model.entries.values()) if (model.jobs.has(e.job_ref)) out.set(e.date, (out.get(e.date) ?? 0) + 1);
    return out;
  }, [model]);
  return (
    <div role="row" aria-rowindex={1} className="tl-head" style={{ height: HEADER_H, width: geometry.width }}>
      <div role="columnheader" className="tl-corner" style={{ width: HEAD_W }}>
        Operatives <span className="muted">({rowCount})</span>
      </div>
      {geometry.dates.map((d) => (
        <div
          role="columnheader"
          key={d}
          className="tl-date"
          data-today={d === today || undefined}
          data-focus={d === focus || undefined}
          data-weekend={/^(Sat|Sun)/.test(shortDay(d)) || undefined}
          style={{ width: geometry.colW }}
        >
          <span className="tl-date-top">
            <span className="tl-date-label">{shortDay(d)}</span>
            <span className="tl-date-count">{counts.get(d) ?? 0} jobs</span>
          </span>
          {geometry.mode === 'day' && <HourTicks geometry={geometry} />}
        </div>
      ))}
    </div>
  );
}

function HourTicks({ geometry }: { geometry: Geometry }) {
  const { axis } = geometry;
  const ticks: number[] = [];
  for (let m = axis.start; m <= axis.end; m += 60) ticks.push(m);
  return (
    <span className="hour-ticks" aria-hidden="true">
      {ticks.map((m) => (
        <span key={m} className="hour-tick" style={{ left: minuteToX(axis, m) }}>
          {formatClock(m)}
        </span>
      ))}
    </span>
  );
}
