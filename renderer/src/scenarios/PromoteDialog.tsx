// Promote the active scenario into the live plan (one undoable step, with a note). If the live
// plan changed since the fork, the backend refuses and lists the jobs; merging needs a second,
// explicit confirmation.
import { FormError } from '../components/FormError';
import { useState } from 'react';
import { api, ApiCallError } from '../api/client';
import { Dialog } from '../components/Dialog';
import { errorText, useStatus } from '../components/StatusRegion';
import { useScenario } from './ScenarioContext';

export function PromoteDialog({ name, onClose }: { name: string; onClose: () => void }) {
  const { switchTo, list } = useScenario();
  const { announce } = useStatus();
  const [note, setNote] = useState('');
  const [conflict, setConflict] = useState<{ message: string; conflicts: string[]; baseChanged: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function promote(confirm: boolean) {
    setError(null);
    try {
      const r = await api('scenario/promote', { name, note, confirm });
      list.reload();
      switchTo(null);
      announce(
        `Promoted "${name}" into the live plan (${r.applied} changes${r.conflicts.length ? `, ${r.conflicts.length} conflicts resolved in the scenario's favour` : ''}). Undo reverts it.`,
        'success',
        { undoable: true },
      );
      onClose();
    } catch (err) {
      if (err instanceof ApiCallError && err.code === 'CONFLICT' && err.body.details) {
        const d = err.body.details as { conflicts: string[]; baseChanged: string[] };
        setConflict({ message: err.message, conflicts: d.conflicts, baseChanged: d.baseChanged });
      } else setError(errorText(err));
    }
  }

  return (
    <Dialog title={`Promote scenario "${name}"`} onClose={onClose}>
      <div className="form-grid">
        <label>
          Note for the change log
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} autoFocus />
        </label>
        {conflict && (
          <div role="alert" className="form-error">
            <p>{conflict.message}</p>
            {conflict.conflicts.length > 0 && <p>Changed in both plans: {conflict.conflicts.join(', ')}</p>}
            <p>Changed in the live plan since the fork: {conflict.baseChanged.slice(0, 30).join(', ')}</p>
          </div>
        )}
        <FormError message={error} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          {conflict ? (
            <button type="button" className="danger" onClick={() => void promote(true)}>
              Merge into live plan anyway
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => void promote(false)}>
              Promote into live plan
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
