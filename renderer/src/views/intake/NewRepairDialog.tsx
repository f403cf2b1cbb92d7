// New repair (button and Ctrl+N): every jobs.csv field, checked as typed with the import's own
// messages beside each field, the ref it will get, the SLA deadline as it is typed and any
// repeated-failure flag at the address, and who could take it (suggestions for the draft, before
// Create). Create writes it (one undoable step); the dialog then lists the suggested operatives
// so one more click places it.
import { useId, useState, type FormEvent } from 'react';
import { api, ApiCallError } from '../../api/client';
import type { JobView } from '../../../../shared/api/views';
import type { JobColumn } from '../../../../shared/csv';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { errorText, useStatus } from '../../components/StatusRegion';
import { useDataVersion } from '../../hooks/useDataVersion';
import { localDateTime } from '../../lib/format';
import { SuggestedOperatives } from '../suggest/SuggestedOperatives';
import { AddressFlagNote } from './AddressFlagNote';
import { DraftSuggestions } from './DraftSuggestions';
import { JobFormFields } from './JobFormFields';
import { newRepairCells, type JobCells } from './jobFields';
import { errorsByField, useJobDraft } from './useJobDraft';
import { useKnownCodes } from './useKnownCodes';

export function NewRepairDialog({ onClose }: { onClose: () => void }) {
  const [created, setCreated] = useState<JobView | null>(null);
  return (
    <Dialog title="New repair" onClose={onClose} className="edit-dialog">
      {created ? <Created job={created} onClose={onClose} /> : <RepairForm onCreated={setCreated} onClose={onClose} />}
    </Dialog>
  );
}

function RepairForm({ onCreated, onClose }: { onCreated: (job: JobView) => void; onClose: () => void }) {
  const formId = useId();
  const known = useKnownCodes();
  const { announce } = useStatus();
  const { invalidate } = useDataVersion();
  const [cells, setCells] = useState<JobCells>(() => newRepairCells());
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { check, error: checkError } = useJobDraft(cells);

  const all = errorsByField(check?.errors ?? []);
  const shown = new Map([...all].filter(([field]) => tried || touched.has(field) || field === ''));
  const change = (column: JobColumn, value: string) => {
    setCells((c) => ({ ...c, [column]: value }));
    setTouched((t) => new Set(t).add(column));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setRefusal(null);
    setBusy(true);
    try {
      const { job } = await api('jobs/create-job', { fields: cells });
      invalidate();
      announce(`New repair ${job.ref} (${job.priority} ${job.trade}) is in the tray. Undo removes it.`, 'success');
      onCreated(job);
    } catch (err) {
      setRefusal(err instanceof ApiCallError ? err.message : errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form id={formId} className="edit-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="edit-facts" aria-live="polite">
          <span>
            Ref <strong data-testid="draft-ref">{check?.ref ?? '…'}</strong>
          </span>
          <span>
            SLA deadline{' '}
            <strong aria-label="SLA deadline">
              {check?.sla_deadline ? localDateTime(check.sla_deadline) : '— (needs priority and raised at)'}
            </strong>
          </span>
        </div>
        <AddressFlagNote address={cells.address} />
        <JobFormFields cells={cells} onChange={change} errors={shown} known={known} />
        {shown.get('')?.map((m) => (
          <p key={m} className="field-error">
            {m}
          </p>
        ))}
        <FormError message={refusal ?? checkError} />
        {check?.ok && <DraftSuggestions cells={cells} jobRef={check.ref} />}
      </form>
      <footer className="dialog-actions">
        <DialogActions onCancel={onClose} label="Create repair" busyLabel="Creating…" busy={busy} disabled={busy} form={formId} />
      </footer>
    </>
  );
}

function Created({ job, onClose }: { job: JobView; onClose: () => void }) {
  return (
    <>
      <div className="edit-facts" role="status">
        <span>
          Created <strong>{job.ref}</strong> ({job.priority} {job.trade}) — in the tray
        </span>
        <span>
          SLA deadline <strong aria-label="SLA deadline">{job.sla_deadline ? localDateTime(job.sla_deadline) : 'none'}</strong>
        </span>
      </div>
      <h3 className="details-sub">Suggested operatives</h3>
      <SuggestedOperatives jobRef={job.ref} onPlaced={onClose} />
      <footer className="dialog-actions">
        <button type="button" onClick={onClose}>
          Leave in tray
        </button>
      </footer>
    </>
  );
}
