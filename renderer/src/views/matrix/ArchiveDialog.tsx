// Archiving a dropped job out of the backlog needs a reason (kept with the job; undo restores it).
import { useState } from 'react';
import { api } from '../../api/client';
import type { JobView } from '../../../../shared/api/views';
import { Dialog, DialogActions } from '../../components/Dialog';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { useDataVersion } from '../../hooks/useDataVersion';

export function ArchiveDialog({ job, onClose }: { job: JobView; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const { busy, run } = useAction();
  const { announce } = useStatus();
  const { invalidate } = useDataVersion();
  const archive = () =>
    run(async () => {
      await api('jobs/archive-job', { ref: job.ref, reason });
      announce(`Archived ${job.ref}: ${reason.trim()}`, 'success', { undoable: true });
      invalidate();
      onClose();
    });
  return (
    <Dialog
      title={`Archive ${job.ref}`}
      onClose={onClose}
      actions={<DialogActions onCancel={onClose} label="Archive" disabled={busy || reason.trim().length < 3} onAction={archive} />}
    >
      <p>
        {job.ref} ({job.address}) leaves the backlog. It stays in the workspace as archived, and Undo brings it back.
      </p>
      <label className="archive-reason">
        <span>Reason</span>
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} rows={3} autoFocus />
      </label>
    </Dialog>
  );
}
