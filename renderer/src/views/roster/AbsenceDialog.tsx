// Add or edit one absence: who, kind (leave, sickness, training, other), dates and reason.
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { ABSENCE_KINDS } from '../../../../shared/domain/schemas';
import type { Absence } from '../../../../shared/domain/types';
import { Dialog, DialogActions } from '../../components/Dialog';
import { dateSpan } from '../../lib/format';
import { ABSENCE_LABELS } from './cellText';
import type { GridOperative } from './RosterGrid';
import { dropoutSentence, type RunRosterAction } from './useRosterActions';
import { OperativeOptions, Options } from '../../components/Options';

interface Props {
  operatives: readonly GridOperative[];
  /** null = a new absence. */
  absence: Absence | null;
  defaults: { operative_id: string; from: string };
  run: RunRosterAction;
  onClose: () => void;
}

export function AbsenceDialog({ operatives, absence, defaults, run, onClose }: Props) {
  const id = useId();
  const [operative, setOperative] = useState(absence?.operative_id ?? defaults.operative_id);
  const [kind, setKind] = useState<Absence['kind']>(absence?.kind ?? 'leave');
  const [from, setFrom] = useState(absence?.from ?? defaults.from);
  const [to, setTo] = useState(absence?.to ?? defaults.from);
  const [reason, setReason] = useState(absence?.reason ?? '');
  const [busy, setBusy] = useState(false);
  const name = operatives.find((o) => o.id === operative)?.name ?? operative;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const fields = { operative_id: operative, from, to, kind, reason };
    const r = await run(
      () => (absence?.id !== undefined ? api('absences/update', { id: absence.id, ...fields }) : api('absences/add', fields)),
      (res) => `${absence ? 'Changed' : 'Added'} ${kind} for ${name}, ${dateSpan(from, to)}.${dropoutSentence(res.dropouts)}`,
    );
    setBusy(false);
    if (r) onClose();
  };

  return (
    <Dialog
      title={absence ? 'Edit absence' : 'Add absence'}
      onClose={onClose}
      className="roster-dialog"
      actions={
        <DialogActions
          onCancel={onClose}
          label={absence ? 'Save absence' : 'Add absence'}
          busyLabel="Saving…"
          busy={busy}
          disabled={busy || !operative}
          form={`${id}-form`}
        />
      }
    >
      <form id={`${id}-form`} className="roster-form" onSubmit={(e) => void submit(e)}>
        <div className="field-row">
          <span className="field">
            <label htmlFor={`${id}-op`}>Operative</label>
            <select id={`${id}-op`} value={operative} required onChange={(e) => setOperative(e.target.value)}>
              <OperativeOptions operatives={operatives} />
            </select>
          </span>
          <span className="field">
            <label htmlFor={`${id}-kind`}>Type</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Absence['kind'])}>
              <Options items={ABSENCE_KINDS} label={(k) => ABSENCE_LABELS[k]} />
            </select>
          </span>
        </div>
        <div className="field-row">
          <span className="field">
            <label htmlFor={`${id}-from`}>From</label>
            <input id={`${id}-from`} type="date" value={from} required onChange={(e) => setFrom(e.target.value)} />
          </span>
          <span className="field">
            <label htmlFor={`${id}-to`}>To</label>
            <input id={`${id}-to`} type="date" value={to} min={from} required onChange={(e) => setTo(e.target.value)} />
          </span>
        </div>
        <span className="field field-wide">
          <label htmlFor={`${id}-reason`}>Reason</label>
          <input
            id={`${id}-reason`}
            type="text"
            value={reason}
            maxLength={500}
            placeholder="e.g. annual leave, course name"
            onChange={(e) => setReason(e.target.value)}
          />
        </span>
      </form>
    </Dialog>
  );
}
