// Add or edit an operative: trades and proficiency, competences with expiry, shift, working days,
// areas, start location. Saving is one undoable step; an edit that blocks placements lists them
// at once. Editing also shows the supervisor's records, the history (who, when) and Retire.
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { OperativeView } from '../../../../shared/api/views';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { errorsByField } from '../intake/useJobDraft';
import { useEdit } from '../blocked/useEdit';
import { useCloseOnBlocked } from '../blocked/blockedStore';
import { OperativeFields } from './OperativeFields';
import { OperativeHistory } from './OperativeHistory';
import { RetireForm } from './RetireForm';
import { SupervisorRecords } from './SupervisorRecords';
import { cellsOf, emptyOperativeForm, formOf, type OperativeForm } from './operativeForm';

interface Props {
  /** null: a new operative. */
  operative: OperativeView | null;
  onClose: () => void;
}

export function OperativeDialog({ operative, onClose }: Props) {
  const formId = useId();
  const edit = useEdit();
  const [form, setForm] = useState<OperativeForm>(() => (operative ? formOf(operative) : emptyOperativeForm()));
  const [refusal, setRefusal] = useState<{ message: string; fields: ReadonlyMap<string, string[]> } | null>(null);
  const [busy, setBusy] = useState(false);
  useCloseOnBlocked(onClose);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const fields = cellsOf(form);
    const r = operative
      ? await edit(
          `Edit ${operative.name} (${operative.id})`,
          () => api('operatives/update-operative', { id: operative.id, fields: { ...fields, id: undefined } }),
          (v) => (v.changed.length ? `Saved ${operative.name}: ${v.changed.join(', ')}.` : `No change to ${operative.name}.`),
        )
      : await edit(
          'Add operative',
          () => api('operatives/create-operative', { fields: fields.id ? fields : { ...fields, id: undefined } }),
          (v) => `Added ${v.operative.name} (${v.operative.id}).`,
        );
    setBusy(false);
    if (r.ok) {
      setRefusal(null);
      if (!operative) onClose();
    } else setRefusal({ message: r.message, fields: errorsByField(r.fields) });
  };

  const title = operative ? `Operative ${operative.name} (${operative.id})` : 'Add operative';
  return (
    <Dialog title={title} onClose={onClose} className="edit-dialog">
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate aria-label={operative ? `Edit ${operative.id}` : 'New operative'}>
        <OperativeFields
          form={form}
          onChange={(p) => setForm((f) => ({ ...f, ...p }))}
          errors={refusal?.fields ?? new Map()}
          editing={!!operative}
        />
        <FormError message={refusal?.message} />
      </form>
      <div className="dialog-actions">
        <DialogActions
          onCancel={onClose}
          cancelLabel="Close"
          label={operative ? 'Save operative' : 'Add operative'}
          busyLabel="Saving…"
          busy={busy}
          disabled={busy}
          form={formId}
        />
      </div>
      {operative && (
        <>
          <SupervisorRecords operative={operative} />
          <OperativeHistory id={operative.id} />
          <RetireForm operative={operative} />
        </>
      )}
    </Dialog>
  );
}
