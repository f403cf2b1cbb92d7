// Placed jobs the roster or an absence no longer covers (operative drop-outs), with the one
// action that sends them all back to the tray (one undo step), or re-runs the auto-scheduler on them.
import { api } from '../../api/client';
import type { DropoutView } from '../../../../shared/api/areas/roster';
import { useStatus } from '../../components/StatusRegion';
import { shortDay } from '../../lib/format';
import { rescheduleDropouts } from './autoSchedule';
import { useAction } from '../../hooks/useAction';
import { useDataVersion } from '../../hooks/useDataVersion';
import type { RunRosterAction } from './useRosterActions';

interface Props {
  dropouts: readonly DropoutView[];
  names: ReadonlyMap<string, string>;
  run: RunRosterAction;
}

const REASON_LABEL: Record<DropoutView['reason'], string> = {
  absent: 'Absent',
  off: 'Rostered off',
  'bank-holiday': 'Bank holiday',
  'outside-hours': 'Outside hours',
};

export function DropoutsPanel({ dropouts, names, run }: Props) {
  const { announce } = useStatus();
  const { invalidate } = useDataVersion();
  const { busy, run: whileBusy } = useAction();
  if (dropouts.length === 0) return null;
  const refs = [...new Set(dropouts.map((d) => d.ref))];

  const toTray = () =>
    whileBusy(() =>
      run(
        () => api('roster/return-to-tray', { refs }),
        (r) => `Sent ${r.refs.length} job${r.refs.length === 1 ? '' : 's'} back to the tray: ${r.refs.join(', ')}.`,
      ),
    );
  const reschedule = () =>
    whileBusy(async () => {
      announce(await rescheduleDropouts(dropouts.map((d) => ({ ref: d.ref, date: d.date }))), 'success');
      invalidate();
    });

  return (
    <section className="roster-panel dropouts" aria-labelledby="dropouts-h" data-count={refs.length}>
      <div className="panel-head">
        <h2 id="dropouts-h">
          {refs.length} placed job{refs.length === 1 ? '' : 's'} no longer fit{refs.length === 1 ? 's' : ''} the roster
        </h2>
        <button type="button" className="primary" disabled={busy} onClick={() => void toTray()}>
          Send {refs.length === 1 ? 'it' : `all ${refs.length}`} back to the tray
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void reschedule()}
          title="Send them to the tray and let the auto-scheduler place them again (two undoable steps)"
        >
          Re-run auto-schedule on them
        </button>
      </div>
      <ul className="dropout-list">
        {dropouts.map((d) => (
          <li key={`${d.ref}|${d.operative_id}|${d.date}`} data-ref={d.ref}>
            <span className="chip" data-tone={d.reason === 'outside-hours' ? 'warning' : 'danger'}>
              {REASON_LABEL[d.reason]}
            </span>{' '}
            <strong className="mono">{d.ref}</strong> · {names.get(d.operative_id) ?? d.operative_id}, {shortDay(d.date)} —{' '}
            <span className="muted">{d.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
