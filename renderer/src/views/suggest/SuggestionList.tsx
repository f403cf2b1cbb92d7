// One answer of the suggest service drawn as a list named "Suggested operatives" (each item with
// data-operative-id), best first, then who cannot and why. With `onPlace`, each has a Place action.
import type { SuggestResultView } from '../../../../shared/api/areas/diary';
import { dayMonth, localDateTime, shortDay } from '../../lib/format';
import { CannotList } from './CannotList';
import './suggest.css';

type Suggestion = SuggestResultView['suggested'][number];

interface Props {
  result: SuggestResultView;
  /** What the "nobody can take …" line calls the job. */
  jobRef: string;
  place?: { busy: boolean; onPlace: (s: Suggestion) => void };
}

export function SuggestionList({ result: r, jobRef, place }: Props) {
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
      <ol className="stack-list suggest-list" aria-label="Suggested operatives">
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
            {place && (
              <button
                type="button"
                className="primary"
                disabled={place.busy}
                aria-label={`Place ${jobRef} on ${s.name}, ${shortDay(s.date)} ${s.booked_start ?? s.start}`}
                onClick={() => place.onPlace(s)}
              >
                Place
              </button>
            )}
          </li>
        ))}
      </ol>
      <CannotList cannot={r.cannot} summary={r.summary} />
    </div>
  );
}
