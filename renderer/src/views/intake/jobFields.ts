// The jobs.csv columns as form fields: label, input kind and a hint, in the file's order, and the
// defaults a new repair starts from. The form sends the cells as typed; the backend reads them
// with the import's own parser, so its messages are the import's.
import type { JobColumn } from '../../../../shared/csv';
import { nowLocal } from '../../lib/now';

export type JobCells = Record<JobColumn, string>;

export interface JobFieldSpec {
  column: JobColumn;
  label: string;
  kind: 'text' | 'textarea' | 'select-priority' | 'select-window' | 'score';
  hint?: string;
  /** A datalist of known values (trades, areas, competences). */
  list?: 'trades' | 'areas' | 'competences';
  wide?: boolean;
}

export const JOB_FIELDS: readonly JobFieldSpec[] = [
  { column: 'ref', label: 'Ref', kind: 'text', hint: 'Leave empty for the next free ref' },
  { column: 'priority', label: 'Priority', kind: 'select-priority' },
  { column: 'raised_at', label: 'Raised at', kind: 'text', hint: 'YYYY-MM-DDTHH:MM, UK time (or ISO with Z)' },
  { column: 'duration_min', label: 'Duration (min)', kind: 'text' },
  { column: 'address', label: 'Address', kind: 'text', wide: true },
  { column: 'lat', label: 'Lat', kind: 'text', hint: 'Latitude, e.g. 53.8' },
  { column: 'lon', label: 'Lon', kind: 'text', hint: 'Longitude, e.g. -1.55' },
  { column: 'area', label: 'Area', kind: 'text', list: 'areas' },
  { column: 'trade', label: 'Trade', kind: 'text', list: 'trades', hint: 'e.g. GAS' },
  { column: 'min_proficiency', label: 'Min proficiency', kind: 'score' },
  { column: 'competences', label: 'Competences', kind: 'text', list: 'competences', hint: 'Codes separated by ;' },
  { column: 'window', label: 'Window', kind: 'select-window' },
  { column: 'depends_on', label: 'Depends on', kind: 'text', hint: 'REF or REF+lag minutes, separated by ;' },
  { column: 'impact', label: 'Impact', kind: 'score' },
  { column: 'effort', label: 'Effort', kind: 'score' },
  { column: 'owner', label: 'Owner', kind: 'text' },
  { column: 'done_when', label: 'Done when', kind: 'text' },
  { column: 'notes', label: 'Notes', kind: 'textarea', wide: true },
];

export const WINDOW_CHOICES = ['ALL', 'AM', 'PM'] as const;

/** A phone-in repair: raised now, a one-hour visit any time of the shift, middling scores. */
export function newRepairCells(at: number = Date.now()): JobCells {
  return {
    ref: '',
    address: '',
    lat: '',
    lon: '',
    area: '',
    trade: '',
    min_proficiency: '2',
    competences: '',
    priority: 'ROUTINE',
    raised_at: nowLocal(at),
    duration_min: '60',
    window: 'ALL',
    depends_on: '',
    impact: '3',
    effort: '3',
    owner: '',
    done_when: '',
    notes: '',
  };
}

/** Only the cells that differ from `base` (an edit sends what changed). */
export function changedCells(cells: JobCells, base: JobCells): Partial<JobCells> {
  const out: Partial<JobCells> = {};
  for (const k of Object.keys(cells) as JobColumn[]) if (cells[k].trim() !== base[k].trim()) out[k] = cells[k];
  return out;
}
