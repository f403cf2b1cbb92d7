// "3 placements now blocked: …" — shown at once after an edit (job, operative, flag) makes
// placements already in the diary break a hard rule, with the two ways out: send them back to the
// tray (one undoable step) or re-plan them with the auto-scheduler (previewed, then accepted).
import { useState } from 'react';
import { api } from '../../api/client';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { useDataVersion } from '../../hooks/useDataVersion';
import { shortDay } from '../../lib/format';
import { blockedHeadline, clearBlocked, useBlocked } from './blockedStore';
import { ReplanDialog } from './ReplanDialog';
import { useRecheckBlocked } from './useRecheckBlocked';
import './blocked.css';

export function BlockedNotice() {
  const report = useBlocked();
  const status = useStatus();
  const { invalidate } = useDataVersion();
  const [replanning, setReplanning] = useState<string[] | null>(null);
  const { busy, run } = useAction();
  useRecheckBlocked(report);
  if (!report && !replanning) return null;
  const refs = [...new Set(report?.placements.map((p) => p.ref) ?? [])];

  const sendBack = async () => {
    await run(async () => {
      const r = await api('diary/return-to-tray', { refs });
      status.announce(`Sent ${r.refs.join(', ')} back to the tray. Undo puts them back.`, 'success');
      clearBlocked();
      invalidate();
    });
  };

  return (
    <>
      {report && (
        <section className="blocked-notice" role="alert" aria-label="Placements now blocked">
          <p className="blocked-head">
            <b>
              {blockedHeadline(report.placements.length)}: {refs.join(', ')}
            </b>{' '}
            <span className="muted">after {report.what}</span>
          </p>
          <ul className="blocked-list">
            {report.placements.map((p) => (
              <li key={`${p.ref}-${p.date}`} data-job-ref={p.ref}>
                <b>{p.ref}</b> · <span className="mono">{p.operative_id}</span> · {shortDay(p.date)} — {p.message}
              </li>
            ))}
          </ul>
          <div className="blocked-actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void sendBack()}>
              Send back to tray
            </button>
            <button type="button" disabled={busy} onClick={() => setReplanning(refs)}>
              Re-plan
            </button>
            <button type="button" onClick={clearBlocked}>
              Dismiss
            </button>
          </div>
        </section>
      )}
      {replanning && <ReplanDialog refs={replanning} onClose={() => setReplanning(null)} />}
    </>
  );
}
