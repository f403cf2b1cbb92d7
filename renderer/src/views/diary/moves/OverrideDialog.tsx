// "Place anyway": a hard-blocked drop goes through only with a typed reason, which the backend
// records in the override log with who, when and which rule.
import { useId, useState, type FormEvent } from 'react';
import { Dialog, DialogActions } from '../../../components/Dialog';
import type { Overridable } from './useMoves';
import './override.css';

const MIN_REASON = 3;

export function OverrideDialog({
  blocked,
  targetText,
  onPlace,
  onClose,
}: {
  blocked: Overridable;
  targetText: string;
  onPlace: (reason: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const formId = useId();
  const ok = reason.trim().length >= MIN_REASON;
  const hard = blocked.violations.filter((v) => v.severity === 'hard');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ok || busy) return;
    setBusy(true);
    const placed = await onPlace(reason.trim());
    setBusy(false);
    if (placed) onClose();
  };
  return (
    <Dialog
      title="Override placement"
      onClose={onClose}
      className="override-dialog"
      actions={
        <DialogActions
          onCancel={onClose}
          label="Place anyway"
          busyLabel="Placing…"
          busy={busy}
          disabled={!ok || busy}
          form={formId}
          danger
        />
      }
    >
      <form id={formId} onSubmit={(e) => void submit(e)} className="override-form">
        <p>
          Place <b>{blocked.request.refs.join(', ')}</b> on <b>{targetText}</b> although{' '}
          {hard.length === 1 ? 'a rule blocks' : `${hard.length} rules block`} it:
        </p>
        <ul className="override-rules">
          {hard.map((v) => (
            <li key={v.reason}>
              <span className="rule-id">{v.ruleId}</span> {v.reason}
            </li>
          ))}
        </ul>
        <div className="override-reason">
          <label htmlFor={`${formId}-reason`}>Reason for override</label>
          <textarea
            id={`${formId}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            minLength={MIN_REASON}
            rows={3}
            autoFocus
            placeholder="Why this placement is right despite the rule (recorded with your name and the time)"
          />
        </div>
        {!ok && reason.length > 0 && <p className="muted">Give a reason of at least {MIN_REASON} characters.</p>}
      </form>
    </Dialog>
  );
}
