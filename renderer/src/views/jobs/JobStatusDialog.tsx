// Cancel, put on hold (e.g. awaiting materials) or reopen a job, with the reason; one undoable
// step. Cancelling or holding a placed job takes it out of the diary in the same step.
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { shortDay } from '../../lib/format';
import { useEdit } from '../blocked/useEdit';

export type StatusAction = 'cancel' | 'hold' | 'reopen';

const WORDS: Record<StatusAction, { title: string; button: string; done: string; hint: string }> = {
  cancel: { title: 'Cancel job', button: 'Cancel job', done: 'Cancelled', hint: 'e.g. tenant fixed it, duplicate of another job' },
  hold: { title: 'Put on hold', button: 'Put on hold', done: 'Put on hold', hint: 'e.g. awaiting materials' },
  reopen: { title: 'Reopen job', button: 'Reopen', done: 'Reopened', hint: 'e.g. materials arrived' },
};

const CALLS = { cancel: 'jobs/cancel-job', hold: 'jobs/hold-job', reopen: 'jobs/reopen-job' } as const;

export function JobStatusDialog({ jobRef, action, onClose }: { jobRef: string; action: StatusAction; onClose: () => void }) {
  const id = useId();
  const edit = useEdit();
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const w = WORDS[action];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await edit(
      `${w.done} ${jobRef}`,
      () => api(CALLS[action], { ref: jobRef, reason }),
      (v) =>
        `${w.done} ${jobRef}: “${reason.trim()}”.${v.removed ? ` Taken out of ${v.removed.operative_id}'s ${shortDay(v.removed.date)}.` : ''} Undo reverts it.`,
    );
    if (r.ok) onClose();
    else setRefusal(r.message);
  };
  return (
    <Dialog
      title={`${w.title} ${jobRef}`}
      onClose={onClose}
      actions={<DialogActions onCancel={onClose} cancelLabel="Back" label={w.button} form={`${id}-form`} danger={action === 'cancel'} />}
    >
      <form id={`${id}-form`} className="edit-form" onSubmit={(e) => void submit(e)}>
        <div className="edit-field edit-field-wide">
          <label htmlFor={`${id}-reason`}>Reason</label>
          <input
            id={`${id}-reason`}
            value={reason}
            maxLength={500}
            placeholder={w.hint}
            onChange={(e) => setReason(e.target.value)}
            autoFocus
          />
        </div>
        <FormError message={refusal} />
      </form>
    </Dialog>
  );
}
