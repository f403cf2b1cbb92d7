// Who can take this job: the backend's suggestions in its order (earliest feasible arrival within
// the SLA, then added travel, then disruption), each with one action that places the job there,
// then the operatives who cannot, grouped by the rule that blocks them.
import { api } from '../../api/client';
import type { SuggestResultView } from '../../../../shared/api/areas/diary';
import { useResource } from '../../hooks/useResource';
import { dayMonth, localDateTime, shortDay } from '../../lib/format';
import { CannotList } from './CannotList';
import { usePlaceSuggestion } from './usePlaceSuggestion';
import './suggest.css';

type Suggestion = SuggestResultView['suggested'][number];

interface Props {
  jobRef: string;
  /** After the job was placed (the dialog holding the list may close). */
  onPlaced?: (s: Suggestion) => void;
}

export function SuggestedOperatives({ jobRef, onPlaced }: Props) {
  // Errors show inline ("No suggestions: …"): a job put on hold while the list re-loads is not
  // a failure worth a status message over the hold's own confirmation.
  const result = useResource(() => api('diary/suggest-operatives', { ref: jobRef }), [jobRef], { report: false });
  const place = usePlaceSuggestion();
  const r = result.data;
  if (!r) return <p className="muted">{result.error ? `No suggestions: ${result.error.message}` : 'Finding who can take it…'}</p>;
  return (
    <div className="suggest">
      <p className="suggest-scope muted">
        {r.from === r.to ? `Searched ${dayMonth(r.from)}` : `Searched ${dayMonth(r.from)} – ${dayMonth(r.to)}`}
        {r.sla_deadline ? `; SLA deadline ${localDateTime(r.sla_deadline)}${r.within_sla ? '' : ' (already passed: any time shown)'}` : ''}
      </p>
      {r.suggested.length === 0 ? (
        <p className="suggest-none" role="note">
          Nobody can take {jobRef} {r.within_sla ? 'within its SLA' : 'in these days'}.
        </p>
      ) : null}
      <ol className="suggest-list" aria-label="Suggested operatives">
        {r.suggested.map((s, i) => (
          <li
            key={`${s.operative_id}-${s.date}-${s.index}`}
            data-operative-id={s.operative_id}
            data-date={s.date}
            data-start={s.booked_start ?? s.start}
            className="suggest-item"
          >
            <span className="suggest-rank" aria-hidden="true">
              {i + 1}
            </span>
            <span className="suggest-who">
              <b>{s.name}</b> <span className="muted mono">{s.operative_id}</span>
            </span>
            <span className="suggest-when">
              {shortDay(s.date)} {s.booked_start ?? s.start}–{s.end}
            </span>
            <span className="suggest-travel">+{s.travel_min} min travel</span>
            <span className="suggest-knock">
              {s.knock_on.length ? `Pushes ${s.knock_on.join(', ')} late` : 'No knock-on'}
              {s.warnings.length ? ` · ${s.warnings.map((w) => w.reason).join('; ')}` : ''}
            </span>
            <button
              type="button"
              className="primary"
              disabled={place.busy}
              aria-label={`Place ${jobRef} on ${s.name}, ${shortDay(s.date)} ${s.booked_start ?? s.start}`}
              onClick={() => void place.run(jobRef, s).then((ok) => ok && onPlaced?.(s))}
            >
              Place
            </button>
          </li>
        ))}
      </ol>
      <CannotList cannot={r.cannot} summary={r.summary} />
    </div>
  );
}
