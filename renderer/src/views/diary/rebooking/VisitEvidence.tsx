// The selected job's recorded visits (the evidence of attempts; corrected rows shown as such),
// its rebooking item and its address flag, in the details panel.
import { api } from '../../../api/client';
import { useResource } from '../../../hooks/useResource';
import { dayMonth, localDateTime } from '../../../lib/format';
import { flagFor, flagText, rebookText } from './actualsOverlay';
import { useActualsOverlay } from './ActualsOverlayContext';

const OUTCOME: Record<string, string> = {
  COMPLETED: 'completed',
  NO_ACCESS: 'no access',
  ABORTIVE: 'abortive',
  FURTHER_WORK: 'further work',
  CANCELLED: 'cancelled',
};

export function VisitEvidence({ jobRef, address }: { jobRef: string; address: string }) {
  const visits = useResource(() => api('actuals/list-visits', { ref: jobRef }), [jobRef]);
  const overlay = useActualsOverlay();
  const item = overlay.byRef.get(jobRef);
  const flag = flagFor(overlay, { address });
  if (!item && !flag && (visits.data?.length ?? 0) === 0) return null;
  return (
    <>
      <h3 className="details-sub">Visits</h3>
      {item && (
        <p className="details-notes">
          {rebookText(item)}; {item.deadline ? `rebook by ${localDateTime(item.deadline)}` : 'no SLA'}
          {item.escalated ? '; with the supervisor' : ''}
          {item.protected_categories.length ? `; never cancelled for no access (${item.protected_categories.join(', ')})` : ''}
        </p>
      )}
      {flag && <p className="details-notes error-text">{flagText(flag)}</p>}
      <ol className="history" aria-label={`Visits to ${jobRef}`}>
        {(visits.data ?? []).map((v) => (
          <li key={v.id} data-superseded={v.superseded_by !== null || undefined}>
            <span>
              {dayMonth(v.date)} {v.arrived ?? ''}
              {v.left ? `–${v.left}` : ''} · {v.operative_id} · {OUTCOME[v.outcome] ?? v.outcome}
              {v.reason ? ` (${v.reason})` : ''}
              {v.notes ? ` · ${v.notes}` : ''}
              {v.superseded_by !== null ? ' · corrected later' : ''}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
