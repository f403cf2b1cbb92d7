// The edit actions of one job, wherever it is shown (Jobs table, tray card, details panel):
// Edit (the New repair form on the stored job) and its status with a reason — cancel, put on
// hold, reopen — as the job's status allows.
import { useState } from 'react';
import type { JobView } from '../../../../shared/api/views';
import { EditJobDialog } from './EditJobDialog';
import { JobStatusDialog, type StatusAction } from './JobStatusDialog';
import '../intake/forms.css';

const ACTIONS: Record<string, StatusAction[]> = {
  open: ['hold', 'cancel'],
  in_progress: ['hold', 'cancel'],
  on_hold: ['reopen', 'cancel'],
  cancelled: ['reopen'],
  done: ['reopen'],
};
const LABEL: Record<StatusAction, string> = { cancel: 'Cancel job…', hold: 'Put on hold…', reopen: 'Reopen…' };

export function JobEditActions({ jobRef, status }: { jobRef: string; status: JobView['status'] }) {
  const [open, setOpen] = useState<'edit' | StatusAction | null>(null);
  return (
    <span className="job-edit-actions">
      <button type="button" onClick={() => setOpen('edit')}>
        Edit job…
      </button>
      {(ACTIONS[status] ?? []).map((a) => (
        <button key={a} type="button" onClick={() => setOpen(a)}>
          {LABEL[a]}
        </button>
      ))}
      {open === 'edit' && <EditJobDialog jobRef={jobRef} onClose={() => setOpen(null)} />}
      {open && open !== 'edit' && <JobStatusDialog jobRef={jobRef} action={open} onClose={() => setOpen(null)} />}
    </span>
  );
}
