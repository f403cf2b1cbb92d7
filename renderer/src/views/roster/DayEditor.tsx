// The day form: the keyboard way to edit one operative-day (and the only way for overnight
// shifts and on-call hours). Saves the whole day as an override; "Use the pattern" removes it.
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { GridDay } from '../../../../shared/api/areas/roster';
import type { ApiInput } from '../../../../shared/api/contract';
import { Dialog, DialogActions } from '../../components/Dialog';
import { longDate } from '../../lib/format';
import { cellDescription } from './cellText';
import type { GridOperative } from './RosterGrid';
import { dropoutSentence, type RunRosterAction } from './useRosterActions';

interface Props {
  operative: GridOperative;
  day: GridDay;
  run: RunRosterAction;
  onClose: () => void;
  onEditAbsence: (id: number) => void;
}

type Request = ApiInput<'roster/set-day'>['day'];

export function DayEditor({ operative, day, run, onClose, onEditAbsence }: Props) {
  const id = useId();
  const [working, setWorking] = useState(day.working);
  const [start, setStart] = useState(day.shift?.start ?? '08:00');
  const [end, setEnd] = useState(day.shift?.end ?? '16:00');
  const [overnight, setOvernight] = useState(day.shift?.overnight ?? false);
  const [onCall, setOnCall] = useState(day.on_call);
  const [callHours, setCallHours] = useState(day.on_call_hours !== null);
  const [callStart, setCallStart] = useState(day.on_call_hours?.start ?? '17:00');
  const [callEnd, setCallEnd] = useState(day.on_call_hours?.end ?? '08:00');
  const [callOvernight, setCallOvernight] = useState(day.on_call_hours?.overnight ?? true);
  const [busy, setBusy] = useState(false);

  const save = async (request: Request) => {
    setBusy(true);
    const r = await run(
      () => api('roster/set-day', { operative_id: operative.id, date: day.date, day: request }),
      (res) =>
        `Roster saved: ${operative.name}, ${longDate(day.date)} — ${cellDescription({ ...res.day, absence: day.absence })}.${dropoutSentence(res.dropouts)}`,
    );
    setBusy(false);
    if (r) onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save({
      work: working ? { start, end, overnight } : null,
      on_call: onCall ? (callHours ? { start: callStart, end: callEnd, overnight: callOvernight } : true) : false,
    });
  };

  return (
    <Dialog
      title={`${operative.name} · ${longDate(day.date)}`}
      onClose={onClose}
      className="roster-dialog"
      actions={
        <DialogActions
          before={
            day.source === 'override' && (
              <button
                type="button"
                disabled={busy}
                onClick={() => void save(null)}
                title="Remove this day's change so the usual pattern applies"
              >
                Use the pattern
              </button>
            )
          }
          onCancel={onClose}
          label="Save day"
          busyLabel="Saving…"
          busy={busy}
          disabled={busy}
          form={`${id}-form`}
        />
      }
    >
      <p className="muted">Now: {cellDescription(day)}.</p>
      {day.absence && (
        <p className="roster-note" data-tone="warning">
          Absent {day.absence.from === day.absence.to ? 'this day' : `${longDate(day.absence.from)} – ${longDate(day.absence.to)}`} (
          {day.absence.kind}
          {day.absence.reason ? `: ${day.absence.reason}` : ''}); the absence wins over any hours set here.{' '}
          <button type="button" onClick={() => onEditAbsence(day.absence!.id)}>
            Edit absence…
          </button>
        </p>
      )}
      <form id={`${id}-form`} className="roster-form" onSubmit={submit}>
        <fieldset className="field-group">
          <legend>Work</legend>
          <label className="inline">
            <input type="radio" name={`${id}-work`} checked={working} onChange={() => setWorking(true)} /> Working
          </label>
          <label className="inline">
            <input type="radio" name={`${id}-work`} checked={!working} onChange={() => setWorking(false)} /> Day off
          </label>
          <div className="time-row" aria-disabled={!working}>
            <label>
              Start <input type="time" value={start} step={900} required disabled={!working} onChange={(e) => setStart(e.target.value)} />
            </label>
            <label>
              End <input type="time" value={end} step={900} required disabled={!working} onChange={(e) => setEnd(e.target.value)} />
            </label>
            <label className="inline">
              <input type="checkbox" checked={overnight} disabled={!working} onChange={(e) => setOvernight(e.target.checked)} /> Ends next
              day
            </label>
          </div>
        </fieldset>
        <fieldset className="field-group">
          <legend>Emergency cover</legend>
          <label className="inline">
            <input type="checkbox" checked={onCall} onChange={(e) => setOnCall(e.target.checked)} /> On call
          </label>
          <label className="inline">
            <input type="checkbox" checked={callHours} disabled={!onCall} onChange={(e) => setCallHours(e.target.checked)} /> Set on-call
            hours
          </label>
          {onCall && callHours && (
            <div className="time-row">
              <label>
                From <input type="time" value={callStart} step={900} required onChange={(e) => setCallStart(e.target.value)} />
              </label>
              <label>
                To <input type="time" value={callEnd} step={900} required onChange={(e) => setCallEnd(e.target.value)} />
              </label>
              <label className="inline">
                <input type="checkbox" checked={callOvernight} onChange={(e) => setCallOvernight(e.target.checked)} /> Ends next day
              </label>
            </div>
          )}
        </fieldset>
      </form>
    </Dialog>
  );
}
