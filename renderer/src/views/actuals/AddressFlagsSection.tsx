// Flagged addresses: repeated failures with counts, last outcome, owner (supervisor, then
// manager) and history; escalate, or close with a note (one undoable step each).
import { ColumnHeads } from '../../components/ColumnHeads';
import { Fragment, useState } from 'react';
import type { ApiOutput } from '../../../../shared/api/contract';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { LoadState } from '../../components/ViewHeader';
import { useDataVersion } from '../../hooks/useDataVersion';
import { useResource } from '../../hooks/useResource';
import { dayMonth } from '../../lib/format';
import { OUTCOME_LABELS } from './actualsText';

type Flag = ApiOutput<'addresses/list-flags'>[number];

export function AddressFlagsSection() {
  const [showClosed, setShowClosed] = useState(false);
  const flags = useResource(() => api('addresses/list-flags', { include_closed: showClosed }), [showClosed]);
  const [closing, setClosing] = useState<Flag | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const { announce } = useStatus();
  const { run } = useAction();
  const { invalidate } = useDataVersion();

  const escalate = async (f: Flag) => {
    await run(async () => {
      const r = await api('addresses/escalate-flag', { id: f.id });
      invalidate();
      announce(`The flag at ${r.address} is now with the ${r.owner}.`, 'success');
    });
  };

  return (
    <div className="actuals-section">
      <div className="actuals-tools">
        <label>
          <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)} /> Show closed flags
        </label>
      </div>
      <LoadState loading={flags.loading && !flags.data} error={flags.data ? undefined : flags.error} onRetry={flags.reload} />
      {flags.data && flags.data.length === 0 && <p className="muted">No flagged addresses.</p>}
      {flags.data && flags.data.length > 0 && (
        <div className="plain-table-wrap">
          <table className="plain-table" aria-label="Flagged addresses">
            <ColumnHeads names={['Address', 'Failed visits', 'Last outcome', 'Owner', 'Raised', 'State', 'Actions']} />
            <tbody>
              {flags.data.map((f) => (
                <Fragment key={f.id}>
                  <tr data-flag-id={f.id} data-state={f.state}>
                    <th scope="row">{f.address}</th>
                    <td className="num">{f.count}</td>
                    <td>
                      {f.last_outcome ? OUTCOME_LABELS[f.last_outcome] : '—'} {f.last_date ? dayMonth(f.last_date) : ''}
                    </td>
                    <td>{f.owner}</td>
                    <td>{dayMonth(f.raised_on)}</td>
                    <td>{f.state === 'closed' ? `closed: ${f.close_note ?? ''}` : 'open'}</td>
                    <td className="actuals-actions">
                      <button type="button" aria-expanded={open === f.id} onClick={() => setOpen(open === f.id ? null : f.id)}>
                        History
                      </button>
                      {f.state === 'open' && f.owner === 'supervisor' && (
                        <button type="button" onClick={() => void escalate(f)}>
                          Escalate to manager
                        </button>
                      )}
                      {f.state === 'open' && (
                        <button type="button" onClick={() => setClosing(f)}>
                          Close…
                        </button>
                      )}
                    </td>
                  </tr>
                  {open === f.id && (
                    <tr>
                      <td colSpan={7}>
                        <ul className="flag-history" aria-label={`History at ${f.address}`}>
                          {f.history.map((h) => (
                            <li key={h.actual_id}>
                              {dayMonth(h.date)} · {h.ref} · {OUTCOME_LABELS[h.outcome] ?? h.outcome}
                              {h.reason ? ` (${h.reason})` : ''} · {h.operative_id}
                              {h.superseded ? ' · since corrected' : ''}
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {closing && <CloseFlagDialog flag={closing} onClose={() => setClosing(null)} />}
    </div>
  );
}

function CloseFlagDialog({ flag, onClose }: { flag: Flag; onClose: () => void }) {
  const [note, setNote] = useState('');
  const { error, run } = useAction('inline');
  const { announce } = useStatus();
  const { invalidate } = useDataVersion();
  const submit = async () => {
    await run(async () => {
      await api('addresses/close-flag', { id: flag.id, note });
      invalidate();
      announce(`Closed the flag at ${flag.address}.`, 'success');
      onClose();
    });
  };
  return (
    <Dialog
      title={`Close the flag at ${flag.address}`}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="primary" onClick={() => void submit()}>
            Close flag
          </button>
        </>
      }
    >
      <label className="actuals-note">
        Note (what was done) <textarea value={note} rows={3} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </label>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </Dialog>
  );
}
