// Print day sheets: one operative's day, a team's (those ticked) or everyone working, as the PDF
// the backend lays out (print/create-day-sheets), downloaded to open or print.
import { useId, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { Dialog, DialogActions } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { OperativeChecks } from '../../components/OperativeChecks';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { useResource } from '../../hooks/useResource';
import { saveBase64 } from '../../lib/download';
import { plural } from '../../lib/format';
import '../intake/forms.css';
import { OperativeOptions } from '../../components/Options';

type Who = 'everyone' | 'one' | 'team';

export function PrintDialog({ date: initial, onClose }: { date: string; onClose: () => void }) {
  const id = useId();
  const operatives = useResource(() => api('operatives/list', {}), []);
  const active = (operatives.data ?? []).filter((o) => !o.retired_from);
  const [date, setDate] = useState(initial);
  const [who, setWho] = useState<Who>('everyone');
  const [one, setOne] = useState('');
  const [team, setTeam] = useState<ReadonlySet<string>>(new Set());
  const { busy, error, run } = useAction('inline');
  const { announce } = useStatus();

  const ids = who === 'one' ? (one ? [one] : []) : who === 'team' ? [...team] : undefined;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await run(async () => {
      const r = await api('print/create-day-sheets', ids ? { date, operative_ids: ids } : { date });
      saveBase64(r.file_name, r.pdf_base64, 'application/pdf');
      announce(
        `Saved ${r.file_name}: ${plural(r.operatives, 'operative')}, ${plural(r.jobs, 'job')}, ${plural(r.pages, 'page')}.`,
        'success',
      );
      onClose();
    });
  };

  return (
    <Dialog
      title="Print day sheets"
      onClose={onClose}
      className="edit-dialog"
      actions={
        <DialogActions
          onCancel={onClose}
          label="Download PDF"
          busyLabel="Making PDF…"
          busy={busy}
          disabled={busy || (ids !== undefined && ids.length === 0)}
          form={`${id}-form`}
        />
      }
    >
      <form id={`${id}-form`} className="edit-form" onSubmit={(e) => void submit(e)}>
        <div className="edit-field">
          <label htmlFor={`${id}-date`}>Day</label>
          <input id={`${id}-date`} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <fieldset className="field-group edit-fieldset">
          <legend className="edit-legend">Whose day</legend>
          <label>
            <input type="radio" name="who" checked={who === 'everyone'} onChange={() => setWho('everyone')} /> Everyone working
          </label>
          <label>
            <input type="radio" name="who" checked={who === 'one'} onChange={() => setWho('one')} /> One operative
          </label>
          <label>
            <input type="radio" name="who" checked={who === 'team'} onChange={() => setWho('team')} /> A team
          </label>
        </fieldset>
        {who === 'one' && (
          <div className="edit-field">
            <label htmlFor={`${id}-one`}>Operative</label>
            <select id={`${id}-one`} value={one} onChange={(e) => setOne(e.target.value)}>
              <option value="">Choose…</option>
              <OperativeOptions operatives={active} />
            </select>
          </div>
        )}
        {who === 'team' && (
          <fieldset className="field-group edit-fieldset" aria-label="Team">
            <OperativeChecks operatives={active} chosen={team} onChange={setTeam} />
          </fieldset>
        )}
        <FormError message={error} />
      </form>
    </Dialog>
  );
}
