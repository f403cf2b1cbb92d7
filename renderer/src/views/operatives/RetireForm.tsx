// Retire an operative with a reason, from a day (default today): they leave the board and cannot
// be placed on from then; their history and old placements stay. Placements it blocks are listed.
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { OperativeView } from '../../../../shared/api/views';
import { EditFormFoot } from '../../components/EditFormFoot';
import { longDate } from '../../lib/format';
import { todayLocal } from '../../lib/now';
import { useEdit } from '../blocked/useEdit';

export function RetireForm({ operative }: { operative: OperativeView }) {
  const id = useId();
  const edit = useEdit();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [from, setFrom] = useState(todayLocal());
  const [refusal, setRefusal] = useState<string | null>(null);
  if (operative.retired_from) return <p className="muted">Retired from {longDate(operative.retired_from)}; history kept.</p>;
  if (!open)
    return (
      <div className="edit-row">
        <button type="button" className="danger" onClick={() => setOpen(true)}>
          Retire {operative.name}…
        </button>
      </div>
    );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await edit(
      `Retire ${operative.name}`,
      () => api('operatives/retire-operative', { id: operative.id, reason, from }),
      () => `${operative.name} retired from ${longDate(from)}; history kept.`,
    );
    if (r.ok) setOpen(false);
    else setRefusal(r.message);
  };
  return (
    <form className="edit-grid supervisor-form" onSubmit={(e) => void submit(e)} aria-label={`Retire ${operative.name}`}>
      <div className="edit-field">
        <label htmlFor={`${id}-reason`}>Reason</label>
        <input id={`${id}-reason`} value={reason} required onChange={(e) => setReason(e.target.value)} />
      </div>
      <div className="edit-field">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </div>
      <EditFormFoot error={refusal} submitLabel="Retire" onCancel={() => setOpen(false)} danger />
    </form>
  );
}
