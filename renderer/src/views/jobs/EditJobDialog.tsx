// Edit a job: the same form as New repair (every jobs.csv field, checked as typed against the
// stored job with the import's messages), saved as one undoable step that sends only what
// changed; placements the edit blocks are listed at once. Shows the job's history (who, when).
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { JobView } from '../../../../shared/api/views';
import { jobToRecord, type JobColumn } from '../../../../shared/csv';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { useResource } from '../../hooks/useResource';
import { localDateTime } from '../../lib/format';
import { JobHistory } from '../diary/details/JobHistory';
import { useCloseOnBlocked } from '../blocked/blockedStore';
import { useEdit } from '../blocked/useEdit';
import { JobFormFields } from '../intake/JobFormFields';
import { changedCells, type JobCells } from '../intake/jobFields';
import { errorsByField, useJobDraft } from '../intake/useJobDraft';
import { useKnownCodes } from '../intake/useKnownCodes';

export function EditJobDialog({ jobRef, onClose }: { jobRef: string; onClose: () => void }) {
  const job = useResource(() => api('jobs/get', { ref: jobRef }), [jobRef]);
  useCloseOnBlocked(onClose);
  return (
    <Dialog title={`Edit job ${jobRef}`} onClose={onClose} className="edit-dialog">
      {job.data ? <EditForm job={job.data} onClose={onClose} /> : <p className="muted">{job.error ? job.error.message : 'Loading…'}</p>}
      <h3 className="details-sub">History</h3>
      <JobHistory jobRef={jobRef} />
    </Dialog>
  );
}

function EditForm({ job, onClose }: { job: JobView; onClose: () => void }) {
  const formId = useId();
  const known = useKnownCodes();
  const edit = useEdit();
  const [base] = useState<JobCells>(() => jobToRecord(job));
  const [cells, setCells] = useState<JobCells>(base);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const changes = changedCells(cells, base);
  const { check } = useJobDraft(changes, job.ref);
  const errors = errorsByField(check?.errors ?? []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await edit(
      `Edit ${job.ref}`,
      () => api('jobs/update-job', { ref: job.ref, fields: changes }),
      (v) => (v.changed.length ? `Saved ${job.ref}: ${v.changed.join(', ')}. Undo reverts it.` : `No change to ${job.ref}.`),
    );
    setBusy(false);
    if (r.ok) onClose();
    else setRefusal(r.message);
  };

  return (
    <>
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate aria-label={`Fields of ${job.ref}`}>
        <div className="edit-facts" aria-live="polite">
          <span>
            Status <strong>{job.status.replace('_', ' ')}</strong>
            {job.status_reason ? ` (${job.status_reason})` : ''}
          </span>
          <span>
            SLA deadline{' '}
            <strong aria-label="SLA deadline">
              {check?.sla_deadline ? localDateTime(check.sla_deadline) : job.sla_deadline ? localDateTime(job.sla_deadline) : 'none'}
            </strong>
          </span>
        </div>
        <JobFormFields
          cells={cells}
          onChange={(c: JobColumn, v: string) => setCells((s) => ({ ...s, [c]: v }))}
          errors={errors}
          known={known}
          readOnly={['ref']}
        />
        <FormError message={refusal} />
      </form>
      <div className="dialog-actions">
        <DialogActions
          onCancel={onClose}
          label="Save job"
          busyLabel="Saving…"
          busy={busy}
          disabled={busy || Object.keys(changes).length === 0}
          form={formId}
        />
      </div>
    </>
  );
}
