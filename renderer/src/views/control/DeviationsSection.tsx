// The deviation log and the weekly review: every difference from the version in force, who
// decided, within policy or not (silent overrides flagged); grouped by reason and trade, with a
// learning note and "make it a planning assumption" (a standard duration or a roster pattern), each
// one undoable step.
import { useState } from 'react';
import { addDays } from '../../../../shared/calendar/dates';
import { api } from '../../api/client';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { LoadState } from '../../components/ViewHeader';
import { useDataVersion } from '../../hooks/useDataVersion';
import { RangeInputs } from '../actuals/RangeInputs';
import { useRangeResource } from '../actuals/useRangeResource';
import { ColumnHeads } from '../../components/ColumnHeads';
import { ReviewRosterPattern } from './ReviewRosterPattern';
import { ReviewSupervisorFlag } from './ReviewSupervisorFlag';

const where = (p: { operative_id: string; date: string; time: string | null } | null) =>
  p ? `${p.operative_id} ${p.date}${p.time ? ` ${p.time}` : ''}` : '—';

export function DeviationsSection({ date }: { date: string }) {
  const [range, setRange] = useState(() => ({ from: addDays(date, -6), to: date }));
  const list = useRangeResource(range, 'deviations/list');
  const review = useRangeResource(range, 'deviations/get-review');
  return (
    <div className="control-columns">
      <section className="control-section" aria-label="Deviation log">
        <h2>Deviation log</h2>
        <RangeInputs range={range} onChange={setRange} />
        <LoadState loading={list.loading && !list.data} error={list.data ? undefined : list.error} onRetry={list.reload} />
        {list.data?.length === 0 && <p className="muted">No deviations in this range.</p>}
        {list.data && list.data.length > 0 && (
          <table className="plain-table" aria-label="Deviations">
            <ColumnHeads names={['Job', 'What', 'Planned', 'Actual', 'Decided by', 'Reason', 'Policy', 'Review']} />
            <tbody>
              {list.data.map((d) => (
                <tr key={d.key} data-within-policy={d.within_policy}>
                  <th scope="row">{d.ref}</th>
                  <td>{d.kind}</td>
                  <td>{where(d.planned)}</td>
                  <td>{where(d.actual)}</td>
                  <td>{d.decided_by}</td>
                  <td>{d.reason}</td>
                  <td>{d.within_policy ? 'Within policy' : d.silent_override ? 'Outside policy (silent override)' : 'Outside policy'}</td>
                  <td>{d.review}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="control-section" aria-label="Weekly review">
        <h2>Weekly review</h2>
        {review.data && (
          <p>
            {review.data.total} deviations, {review.data.outside_policy} outside policy
          </p>
        )}
        <ul className="signoff-list">
          {(review.data?.groups ?? []).map((g) => (
            <ReviewGroup key={`${g.reason_category}|${g.trade}`} range={range} group={g} />
          ))}
        </ul>
      </section>
    </div>
  );
}

function ReviewGroup({
  range,
  group,
}: {
  range: { from: string; to: string };
  group: { reason_category: string; trade: string; count: number; keys: string[] };
}) {
  const [note, setNote] = useState('');
  const [minutes, setMinutes] = useState('');
  const [jobType, setJobType] = useState('ROUTINE');
  const { invalidate } = useDataVersion();
  const { announce } = useStatus();
  const action = useAction();
  const name = `${group.reason_category}, ${group.trade || 'no trade'}`;
  const run = async (assume: boolean) => {
    await action.run(async () => {
      if (assume) {
        const r = await api('deviations/make-assumption', {
          ...range,
          keys: group.keys,
          note,
          assumption: { type: 'standard-duration', trade: group.trade, job_type: jobType, minutes: Number(minutes) },
        });
        announce(`Planning assumption made: ${r.assumption} (undo to revert).`, 'success');
      } else {
        await api('deviations/save-review', { ...range, keys: group.keys, note });
        announce(`Reviewed ${group.count} deviation${group.count === 1 ? '' : 's'} (${name}).`, 'success');
      }
      invalidate();
    });
  };
  return (
    <li aria-label={name}>
      <strong>
        {name}: {group.count}
      </strong>
      <input aria-label={`Learning note for ${name}`} placeholder="Learning note" value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="signoff-actions">
        <button type="button" disabled={note.trim().length < 3} onClick={() => void run(false)}>
          Mark reviewed
        </button>
      </div>
      {group.trade && (
        <div className="signoff-actions">
          <input aria-label={`Job type for ${name}`} value={jobType} onChange={(e) => setJobType(e.target.value)} size={10} />
          <input
            aria-label={`Standard minutes for ${name}`}
            type="number"
            min={1}
            max={1440}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
          <button type="button" disabled={note.trim().length < 3 || !minutes} onClick={() => void run(true)}>
            Make it a planning assumption
          </button>
        </div>
      )}
      <ReviewRosterPattern range={range} keys={group.keys} note={note} name={name} />
      <ReviewSupervisorFlag range={range} keys={group.keys} note={note} name={name} trade={group.trade} />
    </li>
  );
}
