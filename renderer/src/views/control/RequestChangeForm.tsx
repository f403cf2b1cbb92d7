// "Request a change": operations and supervisors ask for a change to the published plan; the
// policy applies it at once or sends it to the planner's Sign-off.
import { useState, type FormEvent } from 'react';
import { CHANGE_KINDS, CHANGE_KIND_LABELS, type ChangeKind } from '../../../../shared/governance/change-policy';
import { api } from '../../api/client';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { useDataVersion } from '../../hooks/useDataVersion';
import { Options } from '../../components/Options';

export function RequestChangeForm() {
  const [kind, setKind] = useState<ChangeKind>('move-day');
  const [ref, setRef] = useState('');
  const [toOperative, setToOperative] = useState('');
  const [toDate, setToDate] = useState('');
  const [toPriority, setToPriority] = useState('');
  const [position, setPosition] = useState('');
  const [reason, setReason] = useState('');
  const { invalidate } = useDataVersion();
  const { announce } = useStatus();
  const { run } = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      const r = await api('changes/request', {
        ref: ref.trim(),
        kind,
        reason,
        ...(toOperative.trim() ? { to_operative: toOperative.trim() } : {}),
        ...(toDate ? { to_date: toDate } : {}),
        ...(toPriority.trim() ? { to_priority: toPriority.trim() } : {}),
        // Shown from 1 (first visit of the day); the contract counts from 0 like the diary.
        ...(kind === 'resequence' && position ? { to_sequence: Number(position) - 1 } : {}),
      });
      invalidate();
      announce(r.state === 'applied' ? `Applied: ${r.policy}.` : `Sent for sign-off: ${r.policy}.`, 'success');
      setReason('');
    });
  };

  return (
    <form className="control-section request-form" aria-label="Request a change" onSubmit={(e) => void submit(e)}>
      <h2>Request a change</h2>
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.target.value as ChangeKind)}>
          <Options items={CHANGE_KINDS} label={(k) => CHANGE_KIND_LABELS[k]} />
        </select>
      </label>
      <label>
        Job ref
        <input value={ref} onChange={(e) => setRef(e.target.value)} required />
      </label>
      <label>
        To operative
        <input value={toOperative} onChange={(e) => setToOperative(e.target.value)} />
      </label>
      <label>
        To date
        <input type="date" value={toDate} onChange={(e) => setToDate(e.target.value)} />
      </label>
      <label>
        New priority
        <input value={toPriority} onChange={(e) => setToPriority(e.target.value)} />
      </label>
      {kind === 'resequence' && (
        <label>
          Position in the day
          <input type="number" min={1} max={1440} value={position} onChange={(e) => setPosition(e.target.value)} required />
        </label>
      )}
      <label>
        Reason
        <input value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} />
      </label>
      <button type="submit" className="primary">
        Send request
      </button>
    </form>
  );
}
