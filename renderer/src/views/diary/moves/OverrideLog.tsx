// The override log: every hard rule placed anyway, with who, when, rule and reason.
import { ColumnHeads } from '../../../components/ColumnHeads';
import { api } from '../../../api/client';
import { Dialog } from '../../../components/Dialog';
import { useResource } from '../../../hooks/useResource';
import { instantAsLocal, longDate } from '../../../lib/format';
import './override.css';

export function OverrideLog({ onClose }: { onClose: () => void }) {
  const log = useResource(() => api('diary/list-overrides', {}), []);
  const rows = [...(log.data ?? [])].sort((a, b) => b.id - a.id);
  return (
    <Dialog title="Override log" onClose={onClose} className="override-log">
      {log.error && <p className="error-text">Could not load the log: {log.error.message}</p>}
      {!log.data && !log.error && <p className="muted">Loading…</p>}
      {log.data && rows.length === 0 && <p className="muted">No overrides recorded.</p>}
      {rows.length > 0 && (
        <div className="plain-table-wrap">
          <table className="plain-table" aria-label="Overrides">
            <ColumnHeads names={['When', 'Who', 'Job', 'Placed on', 'Rule', 'Reason']} />
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{instantAsLocal(r.at)}</td>
                  <td>{r.who}</td>
                  <th scope="row">{r.job_ref}</th>
                  <td>
                    {r.operative_id} · {longDate(r.date)}
                  </td>
                  <td title={r.violation}>{r.rule_id}</td>
                  <td className="wrap">{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  );
}
