// What an auto-schedule run would change, before the planner accepts it.
import type { ApiOutput } from '../../../../shared/api/contract';
import { withoutRef } from './explainText';

type Run = ApiOutput<'schedule/get-run'>;
type Kpis = NonNullable<Run['preview']>['before'];

const pct = (x: number) => `${Math.round(x * 100)}%`;
const delta = (a: number, b: number, unit = '') => `${a}${unit} → ${b}${unit}`;

function KpiDeltas({ before, after }: { before: Kpis; after: Kpis }) {
  const rows: [string, string][] = [
    ['Jobs placed', delta(before.placed, after.placed)],
    ['Unplaced', delta(before.unplaced, after.unplaced)],
    ['SLA breaches', delta(before.slaBreachesTotal, after.slaBreachesTotal)],
    ['Travel', delta(before.travelHours, after.travelHours, ' h')],
    ['Utilisation', `${pct(before.utilisation)} → ${pct(after.utilisation)}`],
    ['Overtime', delta(before.overtimeHours, after.overtimeHours, ' h')],
  ];
  return (
    <table className="simple-table" aria-label="KPI changes">
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k} data-kpi={k}>
            <th scope="row">{k}</th>
            <td>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SchedulePreview({ run }: { run: Run }) {
  const p = run.preview!;
  return (
    <div className="schedule-preview">
      <p className="schedule-summary">
        {run.state === 'cancelled' ? 'Stopped early. ' : ''}
        {p.added.length} jobs added, {p.moved.length} moved, {p.unplaced.length} still unplaced ({(run.elapsedMs / 1000).toFixed(1)} s).
        {p.checkOk ? ' Every placement passes the hard rules.' : ` Rule check problems: ${p.problems.join('; ')}`}
        {p.overrunMs > 0 &&
          ` Took ${(p.overrunMs / 1000).toFixed(1)} s longer than the time limit: a complete first plan is always finished (the limit bounds the search for a better one).`}
      </p>
      <KpiDeltas before={p.before} after={p.after} />
      {p.unplaced.length > 0 && (
        <section aria-label="Still unplaced">
          <h3>Still unplaced</h3>
          <ul className="unplaced-list">
            {p.unplaced.slice(0, 200).map((u) => (
              <li key={u.ref} data-job-ref={u.ref}>
                <strong>{u.ref}</strong> {withoutRef(u.summary, u.ref)}
                {u.fixes.length > 0 && (
                  <ul>
                    {u.fixes.slice(0, 3).map((f) => (
                      <li key={f}>Would fit if: {withoutRef(f, u.ref)}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <details>
        <summary>
          {p.added.length} added, {p.moved.length} moved
        </summary>
        <ul className="placed-list">
          {p.moved.map((m) => (
            <li key={m.ref} data-job-ref={m.ref}>
              {m.ref}: {m.from.operative_id} {m.from.date} → {m.to.operative_id} {m.to.date} {m.to.start}
            </li>
          ))}
          {p.added.slice(0, 500).map((a) => (
            <li key={a.ref} data-job-ref={a.ref}>
              {a.ref}: {a.to.operative_id} {a.to.date} {a.to.start}
              {a.warnings.length > 0 && <span className="muted"> — {a.warnings.map((w) => withoutRef(w.reason, a.ref)).join('; ')}</span>}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
