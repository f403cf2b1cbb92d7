// Recording an absence from the operative's own record (absences/add, one undoable step); placed
// jobs it leaves uncovered are listed at once, as any edit's blocked placements are.
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ABSENCE_KINDS } from '../../../../shared/domain/schemas';
import type { Absence } from '../../../../shared/domain/types';
import { EditFormFoot } from '../../components/EditFormFoot';
import { todayLocal } from '../../lib/now';
import { useEdit } from '../blocked/useEdit';
import { Options } from '../../components/Options';

export function AbsenceForm({ operativeId, onDone }: { operativeId: string; onDone: () => void }) {
  const id = useId();
  const edit = useEdit();
  const [kind, setKind] = useState<Absence['kind']>('leave');
  const [from, setFrom] = useState(todayLocal());
  const [to, setTo] = useState(todayLocal());
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await edit(
      `${kind} for ${operativeId}`,
      async () => {
        const v = await api('absences/add', { operative_id: operativeId, kind, from, to, reason });
        return { ...v, blocked: v.dropouts };
      },
      () => `Recorded ${kind} for ${operativeId}, ${from} to ${to}.`,
    );
    if (r.ok) onDone();
    else setRefusal(r.message);
  };

  return (
    <form className="edit-grid supervisor-form" onSubmit={(e) => void submit(e)} aria-label="New absence">
      <div className="edit-field">
        <label htmlFor={`${id}-kind`}>Absence type</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Absence['kind'])}>
          <Options items={ABSENCE_KINDS} />
        </select>
      </div>
      <div className="edit-field">
        <label htmlFor={`${id}-reason`}>Reason</label>
        <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div className="edit-field">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" required value={from} onChange={(e) => setFrom(e.target.value)} />
      </div>
      <div className="edit-field">
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" required value={to} min={from} onChange={(e) => setTo(e.target.value)} />
      </div>
      <EditFormFoot error={refusal} submitLabel="Add absence" onCancel={onDone} />
    </form>
  );
}
