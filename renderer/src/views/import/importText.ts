// Wording for import results, shared by the dialog and the status bar.
import type { CsvRowError, ImportResult } from '../../../../shared/api/views';
import { plural } from '../../lib/format';

export const IMPORT_KINDS = ['operatives', 'jobs', 'absences', 'flags'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

type Counts = Extract<ImportResult, { ok: true }>['counts'];

/** 'Imported 6 operatives, 20 jobs, 4 dependencies.' — zero counts are left out. */
export function importedSentence(counts: Counts): string {
  const parts = [
    counts.operatives && plural(counts.operatives, 'operative'),
    counts.jobs && plural(counts.jobs, 'job'),
    counts.absences && plural(counts.absences, 'absence'),
    counts.flags && plural(counts.flags, 'flag'),
    counts.dependencies && plural(counts.dependencies, 'dependency', 'dependencies'),
  ].filter(Boolean);
  return parts.length ? `Imported ${parts.join(', ')}.` : 'Import finished: the files held nothing new.';
}

/** 'jobs.csv line 4, raised_at: …' — the same shape the CLI prints. */
export function rowErrorText(e: CsvRowError): string {
  const where = e.line > 0 ? `${e.file} line ${e.line}` : e.file;
  return e.field ? `${where}, ${e.field}: ${e.message}` : `${where}: ${e.message}`;
}
