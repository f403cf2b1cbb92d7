// roster.csv from the roster view: import (all or nothing; every row problem listed with file,
// line and field) and export of the weeks shown (the resolved roster, or only the overrides).
import { useId, useRef, useState } from 'react';
import { api } from '../../api/client';
import { saveFile } from '../../lib/download';
import type { CsvRowError } from '../../../../shared/api/views';
import { Dialog, DialogActions } from '../../components/Dialog';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { CsvRowErrors } from '../import/CsvRowErrors';
import { dropoutSentence, type RunRosterAction } from './useRosterActions';

interface Props {
  from: string;
  to: string;
  run: RunRosterAction;
  onClose: () => void;
}

const MAX_SHOWN = 200;

export function RosterCsvDialog({ from, to, run, onClose }: Props) {
  const id = useId();
  const { announce } = useStatus();
  const exporting = useAction();
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<CsvRowError[] | null>(null);
  const [overridesOnly, setOverridesOnly] = useState(false);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLParagraphElement>(null);

  const runImport = async () => {
    if (!file) return;
    setBusy(true);
    setErrors(null);
    const csv = await file.text();
    const r = await run(
      () => api('roster/import-csv', { csv, file: file.name }),
      (res) =>
        res.ok
          ? `Imported ${res.rows} roster row${res.rows === 1 ? '' : 's'} (${res.days} operative-day${res.days === 1 ? '' : 's'}).${dropoutSentence(res.dropouts)}`
          : {
              text: `Roster import failed: ${res.errors.length} problem${res.errors.length === 1 ? '' : 's'}. Nothing was imported.`,
              kind: 'error',
            },
    );
    setBusy(false);
    if (r?.ok) onClose();
    else if (r) {
      setErrors(r.errors);
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  };

  const runExport = async () => {
    await exporting.run(async () => {
      const { csv, rows } = await api('roster/export-csv', { from, to, overrides_only: overridesOnly });
      saveFile(`roster-${from}-${to}.csv`, csv, 'text/csv');
      announce(`Exported ${rows} roster rows for ${from} to ${to}.`, 'success');
    });
  };

  return (
    <Dialog
      title="roster.csv"
      onClose={onClose}
      className="roster-dialog"
      actions={
        <DialogActions
          onCancel={onClose}
          cancelLabel="Close"
          label="Import"
          busyLabel="Importing…"
          busy={busy}
          disabled={busy || !file}
          onAction={runImport}
        />
      }
    >
      <p className="muted">
        Columns <code>operative_id,date,start,end,kind</code>; kind <code>work</code>, <code>on_call</code> or <code>off</code>; an end past
        midnight is written <code>06:00+1</code>. Rows replace that day’s changes; if any row is wrong nothing is imported.
      </p>
      <span className="field">
        <label htmlFor={`${id}-file`}>File</label>
        <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </span>
      {errors && <CsvRowErrors errors={errors} label="Roster import errors" max={MAX_SHOWN} summaryRef={summaryRef} />}
      <hr className="dialog-rule" />
      <div className="field-row">
        <button type="button" onClick={() => void runExport()}>
          Export these weeks
        </button>
        <label className="inline">
          <input type="checkbox" checked={overridesOnly} onChange={(e) => setOverridesOnly(e.target.checked)} /> Only the days changed by
          hand
        </label>
      </div>
    </Dialog>
  );
}
