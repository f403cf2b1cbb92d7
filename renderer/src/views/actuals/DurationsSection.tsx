// Learned durations: per trade and job type (priority), the planned and actual time on site over a
// range, with sample size and spread, and the suggested standard; applying them is one undoable
// step. The auto-scheduler plans with them when its "learned durations" option is ticked.
import { useState } from 'react';
import { addDays } from '../../../../shared/calendar/dates';
import { api } from '../../api/client';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { LoadState } from '../../components/ViewHeader';
import { useDataVersion } from '../../hooks/useDataVersion';
import { minutes } from './actualsText';
import { RangeInputs } from './RangeInputs';
import { useRangeResource } from './useRangeResource';
import { ColumnHeads } from '../../components/ColumnHeads';

export function DurationsSection({ date }: { date: string }) {
  const [range, setRange] = useState(() => ({ from: addDays(date, -27), to: date }));
  const rows = useRangeResource(range, 'durations/suggest');
  const { announce } = useStatus();
  const { run } = useAction();
  const { invalidate } = useDataVersion();
  const ready = (rows.data ?? []).filter((r) => r.suggested_min !== null && r.suggested_min !== r.current_min);

  const apply = async () => {
    await run(async () => {
      const r = await api('durations/apply', { ...range, only: ready.map((s) => ({ trade: s.trade, job_type: s.job_type })) });
      invalidate();
      announce(`Applied ${r.applied.length} standard duration${r.applied.length === 1 ? '' : 's'} (undo to revert).`, 'success', {
        undoable: true,
      });
    });
  };

  return (
    <div className="actuals-section">
      <div className="actuals-tools">
        <RangeInputs range={range} onChange={setRange} />
        <button type="button" className="primary" disabled={ready.length === 0} onClick={() => void apply()}>
          Apply {ready.length} suggestion{ready.length === 1 ? '' : 's'}
        </button>
      </div>
      <p className="muted">Completed visits only; a suggestion needs at least 5. Job type = priority category.</p>
      <LoadState loading={rows.loading && !rows.data} error={rows.data ? undefined : rows.error} onRetry={rows.reload} />
      {rows.data && rows.data.length === 0 && <p className="muted">No completed visits with times in this range.</p>}
      {rows.data && rows.data.length > 0 && (
        <div className="plain-table-wrap">
          <table className="plain-table" aria-label="Suggested standard durations">
            <ColumnHeads
              names={[
                'Trade',
                'Type',
                'Visits',
                'Planned (mean)',
                'Actual (median)',
                'Spread (p25–p75)',
                'Variance (mean)',
                'Suggested',
                'In use',
              ]}
            />
            <tbody>
              {rows.data.map((r) => (
                <tr key={`${r.trade}|${r.job_type}`} data-trade={r.trade} data-job-type={r.job_type}>
                  <th scope="row">{r.trade}</th>
                  <td>{r.job_type}</td>
                  <td className="num">{r.samples}</td>
                  <td className="num">{r.planned_mean_min} min</td>
                  <td className="num">{r.median_min} min</td>
                  <td className="num">
                    {r.p25_min}–{r.p75_min} ({r.spread_min} min)
                  </td>
                  <td className="num">{minutes(r.variance_mean_min)}</td>
                  <td className="num">{r.suggested_min === null ? 'too few' : `${r.suggested_min} min`}</td>
                  <td className="num">{r.current_min === null ? '—' : `${r.current_min} min`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
