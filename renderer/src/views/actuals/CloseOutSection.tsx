// End-of-day close-out for one operative-day: the visits the version in force planned, each
// with the outcome to tick and the same fields as actuals.csv; saving records them all or none.
import { useEffect, useState } from 'react';
import type { ApiOutput } from '../../../../shared/api/contract';
import type { CsvRowError } from '../../../../shared/api/views';
import { OUTCOMES } from '../../../../shared/actuals/schemas';
import { api } from '../../api/client';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { LoadState } from '../../components/ViewHeader';
import { useDataVersion } from '../../hooks/useDataVersion';
import { useResource } from '../../hooks/useResource';
import { longDate } from '../../lib/format';
import { OUTCOME_LABELS, recordedSentence } from './actualsText';
import { CloseOutVisitFields, entryFor, type Entry } from './CloseOutVisitFields';
import { OperativeOptions } from '../../components/Options';

type Day = ApiOutput<'actuals/get-close-out'>;

export function CloseOutSection({ date: focus }: { date: string }) {
  const operatives = useResource(() => api('operatives/list', {}), []);
  const policy = useResource(() => api('actuals/get-policy', {}), []);
  const [operative, setOperative] = useState('');
  const [date, setDate] = useState(focus);
  const opId = operative || operatives.data?.[0]?.id || '';
  const day = useResource(
    () => (opId && date ? api('actuals/get-close-out', { operative_id: opId, date }) : Promise.resolve(undefined)),
    [opId, date],
  );
  return (
    <div className="actuals-section">
      <div className="actuals-tools">
        <label>
          Operative{' '}
          <select value={opId} onChange={(e) => setOperative(e.target.value)}>
            <OperativeOptions operatives={operatives.data ?? []} />
          </select>
        </label>
        <label>
          Date <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
      </div>
      <LoadState loading={day.loading && !day.data} error={day.data ? undefined : day.error} onRetry={day.reload} />
      {day.data && (
        <CloseOutForm
          key={`${day.data.operative_id}|${day.data.date}|${day.data.version}`}
          day={day.data}
          reasons={policy.data?.reasons ?? []}
        />
      )}
    </div>
  );
}

function CloseOutForm({ day, reasons }: { day: Day; reasons: { code: string; label: string }[] }) {
  const { announce } = useStatus();
  const { invalidate } = useDataVersion();
  const [entries, setEntries] = useState<Record<string, Entry>>(() => Object.fromEntries(day.visits.map((v) => [v.ref, entryFor(v)])));
  const [errors, setErrors] = useState<CsvRowError[] | null>(null);
  const { busy, run } = useAction();
  useEffect(() => setErrors(null), [day]);

  if (day.version === null || day.visits.length === 0) return <p className="muted">{day.message}</p>;
  const ticked = day.visits.filter((v) => entries[v.ref]!.outcome !== '');

  const save = async () => {
    setErrors(null);
    await run(async () => {
      const r = await api('actuals/record-close-out', {
        operative_id: day.operative_id,
        date: day.date,
        version: day.version!,
        visits: ticked.map((v) => ({ ref: v.ref, ...entries[v.ref]! })),
      });
      if (r.ok) {
        invalidate();
        announce(recordedSentence(r.counts, `Close-out ${day.operative_id} ${day.date}`), 'success');
      } else {
        // Errors name the visit by its position among the ticked ones.
        setErrors(r.errors.map((e) => ({ ...e, file: ticked[e.line - 1]?.ref ?? e.file, line: 0 })));
        announce(`Close-out not saved: ${r.errors.length} problem${r.errors.length === 1 ? '' : 's'}.`, 'error');
      }
    });
  };

  return (
    <form
      className="close-out"
      aria-label={`Close-out for ${day.operative_id} on ${longDate(day.date)}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="muted">
        Version {day.version} planned {day.visits.length} visit{day.visits.length === 1 ? '' : 's'}. Tick an outcome for each visit made;
        visits left at “—” are not recorded. Outcomes: {OUTCOMES.map((o) => OUTCOME_LABELS[o]).join(', ')}.
      </p>
      {day.visits.map((v) => (
        <CloseOutVisitFields
          key={v.ref}
          visit={v}
          entry={entries[v.ref]!}
          reasons={reasons}
          onChange={(patch) => setEntries((all) => ({ ...all, [v.ref]: { ...all[v.ref]!, ...patch } }))}
        />
      ))}
      {errors && (
        <ul className="actuals-errors error-text" aria-label="Close-out errors">
          {errors.map((e, i) => (
            <li key={i}>
              {e.file}
              {e.field ? `, ${e.field}` : ''}: {e.message}
            </li>
          ))}
        </ul>
      )}
      <div className="actuals-tools">
        <button type="submit" className="primary" disabled={busy || ticked.length === 0}>
          {busy ? 'Saving…' : `Save close-out (${ticked.length} visit${ticked.length === 1 ? '' : 's'})`}
        </button>
      </div>
    </form>
  );
}
