// "Import actuals.csv…": the file is read here and recorded by the backend all or nothing, as
// `actuals import` does; every row problem is listed and nothing is recorded.
import { useRef, useState } from 'react';
import type { CsvRowError } from '../../../../shared/api/views';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { useStatus } from '../../components/StatusRegion';
import { useAction } from '../../hooks/useAction';
import { useDataVersion } from '../../hooks/useDataVersion';
import { rowErrorText } from '../import/importText';
import { recordedSentence } from './actualsText';

const MAX_SHOWN = 500;

export function ImportActuals() {
  const input = useRef<HTMLInputElement>(null);
  const { announce } = useStatus();
  const { invalidate } = useDataVersion();
  const [errors, setErrors] = useState<{ file: string; list: CsvRowError[] } | null>(null);
  const { busy, run } = useAction();

  const importFile = async (file: File) => {
    await run(async () => {
      const r = await api('actuals/import-csv', { csv: await file.text(), file: file.name });
      if (r.ok) {
        invalidate();
        announce(recordedSentence(r.counts, file.name), 'success');
      } else {
        setErrors({ file: file.name, list: r.errors });
        announce(`${file.name}: ${r.errors.length} problem${r.errors.length === 1 ? '' : 's'}. Nothing was recorded.`, 'error');
      }
    });
    if (input.current) input.current.value = '';
  };

  return (
    <>
      <label className="button-like">
        {busy ? 'Importing…' : 'Import actuals.csv…'}
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          className="visually-hidden"
          aria-label="Import actuals.csv"
          disabled={busy}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importFile(f);
          }}
        />
      </label>
      {errors && (
        <Dialog title={`${errors.file}: nothing recorded`} onClose={() => setErrors(null)}>
          <p className="error-text">
            {errors.list.length === 1 ? '1 problem found.' : `${errors.list.length} problems found.`} Fix them and import the file again.
          </p>
          <ul aria-label="Actuals import errors" className="actuals-errors">
            {errors.list.slice(0, MAX_SHOWN).map((e, i) => (
              <li key={i}>{rowErrorText(e)}</li>
            ))}
          </ul>
          {errors.list.length > MAX_SHOWN && <p className="muted">…and {errors.list.length - MAX_SHOWN} more.</p>}
        </Dialog>
      )}
    </>
  );
}
