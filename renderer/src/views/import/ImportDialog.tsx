// Import CSV from the UI. Files are read as text in the renderer and sent in one call; the
// backend validates every row and imports all or nothing, exactly as the CLI does.
import { useRef, useState } from 'react';
import { api } from '../../api/client';
import type { ApiInput } from '../../../../shared/api/contract';
import type { CsvRowError } from '../../../../shared/api/views';
import { Dialog, DialogActions } from '../../components/Dialog';
import { errorText, useStatus } from '../../components/StatusRegion';
import { useDataVersion } from '../../hooks/useDataVersion';
import { CsvRowErrors } from './CsvRowErrors';
import { IMPORT_KINDS, importedSentence, type ImportKind } from './importText';

const MAX_SHOWN_ERRORS = 500;

type Files = Partial<Record<ImportKind, File>>;

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { announce, report } = useStatus();
  const { invalidate } = useDataVersion();
  const [files, setFiles] = useState<Files>({});
  const [busy, setBusy] = useState(false);
  const [rowErrors, setRowErrors] = useState<CsvRowError[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);

  const chosen = IMPORT_KINDS.filter((k) => files[k]);

  async function runImport() {
    setBusy(true);
    setRowErrors(null);
    setFailure(null);
    try {
      const input: ApiInput<'import/run-csv'> = {};
      for (const kind of chosen) input[kind] = await files[kind]!.text();
      const result = await api('import/run-csv', input);
      if (result.ok) {
        invalidate();
        onClose();
        announce(importedSentence(result.counts), 'success', { undoable: true });
        return;
      }
      setRowErrors(result.errors);
      announce(`Import failed: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}. Nothing was imported.`, 'error');
    } catch (err) {
      setFailure(errorText(err));
      report(err);
    } finally {
      setBusy(false);
    }
    // Move focus to the outcome so keyboard and screen-reader users meet it first.
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  return (
    <Dialog
      title="Import CSV"
      onClose={onClose}
      className="import-dialog"
      actions={
        <DialogActions
          onCancel={onClose}
          label="Import"
          busyLabel="Importing…"
          busy={busy}
          disabled={busy || chosen.length === 0}
          onAction={runImport}
        />
      }
    >
      <p className="muted">
        Choose one or more files. Every row is checked first; if any row is wrong, nothing is imported. Import can be undone.
      </p>
      <div className="file-fields">
        {IMPORT_KINDS.map((kind) => (
          <label key={kind} className="file-field">
            <span className="file-label">{kind}.csv</span>
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => {
                const file = e.target.files?.[0];
                setFiles((f) => ({ ...f, [kind]: file }));
              }}
            />
          </label>
        ))}
      </div>
      {failure && (
        <p ref={summaryRef} tabIndex={-1} className="import-summary error-text">
          Import failed: {failure.replace(/\.$/, '')}. Nothing was imported.
        </p>
      )}
      {rowErrors && (
        <CsvRowErrors
          errors={rowErrors}
          label="Import errors"
          max={MAX_SHOWN_ERRORS}
          summaryRef={summaryRef}
          footer={rowErrors.length > MAX_SHOWN_ERRORS && <p className="muted">…and {rowErrors.length - MAX_SHOWN_ERRORS} more.</p>}
        />
      )}
    </Dialog>
  );
}
