// The Sign-off region: change requests waiting for the planner, each approved (applied as one
// undoable step) or rejected with a reason; below, the latest answers the requesters see.
import { useState } from 'react';
import type { ChangeRequestView } from '../../../../shared/api/areas/changes';
import { CHANGE_KIND_LABELS, type ChangeKind } from '../../../../shared/governance/change-policy';
import { api } from '../../api/client';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { LoadState } from '../../components/ViewHeader';
import { useDataVersion } from '../../hooks/useDataVersion';
import { useResource } from '../../hooks/useResource';
import { ColumnHeads } from '../../components/ColumnHeads';

export function describeChange(r: ChangeRequestView): string {
  const kind = CHANGE_KIND_LABELS[r.kind as ChangeKind] ?? r.kind;
  const to = r.to_priority ? `to ${r.to_priority}` : r.to_operative ? `to ${r.to_operative} ${r.to_date ?? ''}` : '';
  return `${kind}: ${r.ref} ${to}`.trim();
}

export function SignOffSection() {
  const pending = useResource(() => api('changes/list', { state: 'pending' }), []);
  const recent = useResource(() => api('changes/list', {}), []);
  const { invalidate } = useDataVersion();
  const { announce } = useStatus();
  const { run } = useAction();
  const [reasons, setReasons] = useState<Record<number, string>>({});

  const act = async (r: ChangeRequestView, approve: boolean) => {
    await run(async () => {
      if (approve) await api('changes/approve', { id: r.id });
      else await api('changes/reject', { id: r.id, reason: reasons[r.id] ?? '' });
      invalidate();
      announce(`${approve ? 'Approved' : 'Rejected'} ${describeChange(r)} (undo to revert).`, 'success');
    });
  };

  return (
    <section className="control-section" aria-label="Sign-off">
      <h2>Sign-off</h2>
      <LoadState loading={pending.loading && !pending.data} error={pending.data ? undefined : pending.error} onRetry={pending.reload} />
      {pending.data?.length === 0 && <p className="muted">Nothing waiting for sign-off.</p>}
      <ul className="signoff-list">
        {(pending.data ?? []).map((r) => (
          <li key={r.id} data-request-id={r.id} aria-label={describeChange(r)}>
            <div>
              <strong>{describeChange(r)}</strong> — {r.requested_by} ({r.role}): {r.reason}
              <div className="muted">Policy: {r.policy}</div>
            </div>
            <div className="signoff-actions">
              <button type="button" className="primary" onClick={() => void act(r, true)}>
                Approve
              </button>
              <input
                aria-label={`Reason to reject ${r.ref}`}
                placeholder="Reason to reject"
                value={reasons[r.id] ?? ''}
                onChange={(e) => setReasons((m) => ({ ...m, [r.id]: e.target.value }))}
              />
              <button type="button" disabled={(reasons[r.id] ?? '').trim().length < 3} onClick={() => void act(r, false)}>
                Reject
              </button>
            </div>
          </li>
        ))}
      </ul>
      <h3>Answers</h3>
      <table className="plain-table" aria-label="Change requests">
        <ColumnHeads names={['Change', 'Asked by', 'State', 'Decided by', 'Answer']} />
        <tbody>
          {(recent.data ?? [])
            .filter((r) => r.state !== 'pending')
            .slice(0, 50)
            .map((r) => (
              <tr key={r.id}>
                <th scope="row">{describeChange(r)}</th>
                <td>{r.requested_by}</td>
                <td>{r.state}</td>
                <td>{r.decided_by ?? '—'}</td>
                <td>{r.answer ?? r.policy}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
