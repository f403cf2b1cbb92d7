// CSV export in exactly the import formats (diary: ref,operative_id,date,start,sequence,pinned).
import { formatAbsencesCsv, formatDiaryCsv, formatFlagsCsv, formatJobsCsv, formatOperativesCsv } from '../../../shared/csv';
import type { Store } from '../store/store';

export type ExportKind = 'operatives' | 'jobs' | 'absences' | 'flags' | 'diary';

const csvOf = <T>(rows: T[], format: (rows: T[]) => string) => ({ csv: format(rows), rows: rows.length });

const EXPORTS: Record<ExportKind, (store: Store) => { csv: string; rows: number }> = {
  operatives: (store) => csvOf(store.read.operatives(), formatOperativesCsv),
  jobs: (store) => csvOf(store.read.jobs(), formatJobsCsv),
  absences: (store) => csvOf(store.read.absences(), formatAbsencesCsv),
  flags: (store) => csvOf(store.read.flags(), formatFlagsCsv),
  diary: (store) => csvOf(store.read.diary(), formatDiaryCsv),
};

export function exportCsv(store: Store, what: ExportKind): { csv: string; rows: number } {
  return EXPORTS[what](store);
}
