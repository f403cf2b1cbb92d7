// Diary (interim): the focus week as a per-operative count of placed jobs per day, with
// absences and non-working days marked. The drag-and-drop board replaces this later.
import { useMemo } from 'react';
import { api } from '../../api/client';
import { addDays, isIsoDate, weekdayOf } from '../../../../shared/calendar';
import { LoadState, ViewHeader } from '../../components/ViewHeader';
import { useResource } from '../../hooks/useResource';
import { longDate, shortDay } from '../../lib/format';
import { todayLocal } from '../../lib/now';
import { absentOn, countByOperativeDay, weekOf } from './week';

interface Props {
  date: string;
  onDateChange: (date: string) => void;
}

export function DiaryView({ date, onDateChange }: Props) {
  const days = useMemo(() => weekOf(date), [date]);
  const from = days[0]!;
  const to = days[6]!;
  const entries = useResource(() => api('diary/list', { from, to }), [from, to]);
  const operatives = useResource(() => api('operatives/list', {}), []);
  const counts = useMemo(() => countByOperativeDay(entries.data ?? []), [entries.data]);
  const today = todayLocal();

  return (
    <section className="view" aria-label="Diary view">
      <ViewHeader title="Diary">
        <span className="week-label">
          Week of {longDate(from)}
        </span>
        <span className="button-group">
          <button type="button" onClick={() => onDateChange(addDays(date, -7))}>
            Previous week
          </button>
          <button type="button" onClick={() => onDateChange(today)}>
            Today
          </button>
          <button type="button" onClick={() => onDateChange(addDays(date, 7))}>
            Next week
          </button>
        </span>
        <label className="select-filter">
          <span>Focus date</span>
          <input type="date" value={date} onChange={(e) => isIsoDate(e.target.value) && onDateChange(e.target.value)} />
        </label>
      </ViewHeader>
      <p className="view-note muted">
        Interim view: placed jobs per operative per day. The planning board (drag jobs onto operatives, with competence
        checks while dragging) arrives in a later release.
      </p>
      <LoadState loading={(entries.loading && !entries.data) || (operatives.loading && !operatives.data)} error={entries.error ?? operatives.error}
        onRetry={() => {
          entries.reload();
          operatives.reload();
        }}
      />
      {operatives.data && operatives.data.length === 0 && <p className="load-state muted">No operatives yet. Use “Import CSV…” to load operatives.csv.</p>}
      {operatives.data && operatives.data.length > 0 && (
        <div className="plain-table-wrap">
          <table className="plain-table" aria-label="Jobs placed per operative per day">
            <thead>
              <tr>
                <th scope="col">Operative</th>
                {days.map((d) => (
                  <th scope="col" key={d} data-today={d === today || undefined} data-focus={d === date || undefined}>
                    {shortDay(d)}
                  </th>
                ))}
                <th scope="col" className="num">
                  Week
                </th>
              </tr>
            </thead>
            <tbody>
              {operatives.data.map((o) => {
                const mine = counts.get(o.id);
                let total = 0;
                return (
                  <tr key={o.id} data-operative-id={o.id}>
                    <th scope="row">
                      {o.name} <span className="muted mono">{o.id}</span>
                    </th>
                    {days.map((d) => {
                      const n = mine?.get(d) ?? 0;
                      total += n;
                      const absence = absentOn(o.absences, d);
                      const off = !o.working_days.includes(weekdayOf(d));
                      return (
                        <td key={d} className="num" data-off={off || undefined} data-absent={absence ? true : undefined}>
                          {n > 0 ? n : absence ? <span className="muted">{absence.kind}</span> : off ? <span className="muted">off</span> : <span className="muted">·</span>}
                        </td>
                      );
                    })}
                    <td className="num strong">{total}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
