// CSV export in exactly the import formats (diary: ref,operative_id,date,start,sequence,pinned).
import { formatAbsencesCsv, formatDiaryCsv, formatFlagsCsv, formatJobsCsv, formatOperativesCsv } from '../../../shared/csv';
import type { Store } from '../store/store';

export type ExportKind = 'operatives' | 'jobs' | 'absences' | 'flags' | 'diary';

export function exportCsv(store: Store, what: ExportKind): { csv: string; rows: number } {
  switch (what) {
    case 'operatives': {
      const rows = store.read.operatives();
      return { csv: formatOperativesCsv(rows), rows: rows.length };
    }
    case 'jobs': {
      const rows = store.read.jobs();
      return { csv: formatJobsCsv(rows), rows: rows.length };
    }
    case 'absences': {
      const rows = store.read.absences();
      return { csv: formatAbsencesCsv(rows), rows: rows.length };
    }
    case 'flags': {
      const rows = store.read.flags();
      return { csv: formatFlagsCsv(rows), rows: rows.length };
    }
    case 'diary': {
      const rows = store.read.diary();
      return { csv: formatDiaryCsv(rows), rows: rows.length };
    }
  }
}
