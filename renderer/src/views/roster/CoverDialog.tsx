// Emergency cover rules: for each listed trade, the fewest operatives on call every day.
import { useState } from 'react';
import { api } from '../../api/client';
import type { CoverRule } from '../../../../shared/roster';
import { Dialog, DialogActions } from '../../components/Dialog';
import type { RunRosterAction } from './useRosterActions';
import { Options } from '../../components/Options';

interface Props {
  rules: readonly CoverRule[];
  trades: readonly string[];
  run: RunRosterAction;
  onClose: () => void;
}

export function CoverDialog({ rules: initial, trades, run, onClose }: Props) {
  const [rules, setRules] = useState<CoverRule[]>([...initial]);
  const [busy, setBusy] = useState(false);
  const unused = trades.filter((t) => !rules.some((r) => r.trade === t));
  const update = (i: number, patch: Partial<CoverRule>) => setRules((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const save = async () => {
    setBusy(true);
    const r = await run(
      () => api('roster/set-cover', { rules }),
      (res) =>
        res.rules.length
          ? `Emergency cover: ${res.rules.map((x) => `${x.min} ${x.trade}`).join(', ')} on call each day.`
          : 'Emergency cover rules cleared.',
    );
    setBusy(false);
    if (r) onClose();
  };

  return (
    <Dialog
      title="Emergency cover"
      onClose={onClose}
      className="roster-dialog"
      actions={<DialogActions onCancel={onClose} label="Save rules" busyLabel="Saving…" busy={busy} disabled={busy} onAction={save} />}
    >
      <p className="muted">
        At least this many operatives of the trade on call every day. Days short of it are flagged in the roster’s cover row.
      </p>
      {rules.length === 0 && <p>No cover rules yet.</p>}
      <ul className="cover-rules">
        {rules.map((r, i) => (
          <li key={r.trade}>
            <label>
              Trade
              <select aria-label="Trade" value={r.trade} onChange={(e) => update(i, { trade: e.target.value })}>
                <Options items={[r.trade, ...unused]} />
              </select>
            </label>
            <label>
              On call at least{' '}
              <input
                type="number"
                aria-label={`${r.trade}: on call at least`}
                min={1}
                max={50}
                value={r.min}
                onChange={(e) => update(i, { min: Math.min(50, Math.max(1, Number(e.target.value) || 1)) })}
              />
            </label>
            <button type="button" onClick={() => setRules((rs) => rs.filter((_, j) => j !== i))} aria-label={`Remove the ${r.trade} rule`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <div>
        <button type="button" disabled={unused.length === 0} onClick={() => setRules((rs) => [...rs, { trade: unused[0]!, min: 1 }])}>
          Add trade
        </button>
      </div>
    </Dialog>
  );
}
