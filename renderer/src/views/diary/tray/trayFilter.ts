// Sorting and filtering the unscheduled tray. Pure; sort keys are computed once per job.
import { matrixRank } from '../../../../../shared/matrix';
import type { JobView } from '../../../../../shared/api/views';
import { labelled } from '../../../../../shared/domain/labelled';
import { PRIORITIES } from '../../../../../shared/domain/schemas';
import { slaMinutesLeft } from '../../../../../shared/sla';
import { sortRows, type SortValue } from '../../../components/sorting';

export const { values: TRAY_SORTS, labels: TRAY_SORT_LABELS } = labelled({
  sla: 'SLA deadline',
  priority: 'Priority',
  matrix: 'Matrix order (Do first…Drop)',
  trade: 'Trade',
  area: 'Area',
  ref: 'Reference',
});
export type TraySort = (typeof TRAY_SORTS)[number];

export const { values: SLA_FILTERS, labels: SLA_FILTER_LABELS } = labelled({
  '': 'Any SLA',
  overdue: 'Overdue',
  day: 'Due within 24 h',
  week: 'Due within 7 days',
});
export type SlaFilter = (typeof SLA_FILTERS)[number];

export interface TrayFilter {
  text: string;
  priority: string;
  trade: string;
  area: string;
  sla: SlaFilter;
  sort: TraySort;
}

export const EMPTY_TRAY_FILTER: TrayFilter = { text: '', priority: '', trade: '', area: '', sla: '', sort: 'sla' };

export function priorityRank(p: string): number {
  const i = (PRIORITIES as readonly string[]).indexOf(p);
  return i < 0 ? PRIORITIES.length : i;
}

function slaLeft(job: JobView, now: string): number | null {
  if (!job.sla_deadline) return null;
  try {
    return slaMinutesLeft(job.sla_deadline, now);
  } catch {
    return null;
  }
}

function matches(job: JobView, f: TrayFilter, needle: string, now: string): boolean {
  if (f.priority && job.priority !== f.priority) return false;
  if (f.trade && job.trade !== f.trade) return false;
  if (f.area && job.area !== f.area) return false;
  if (needle && !job.ref.toLowerCase().includes(needle) && !job.address.toLowerCase().includes(needle)) return false;
  if (f.sla) {
    const left = slaLeft(job, now);
    if (left === null) return false;
    if (f.sla === 'overdue' && left >= 0) return false;
    if (f.sla === 'day' && left >= 24 * 60) return false;
    if (f.sla === 'week' && left >= 7 * 24 * 60) return false;
  }
  return true;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

function sortKey(sort: TraySort): (j: JobView) => SortValue {
  switch (sort) {
    case 'sla':
      return (j) => j.sla_deadline;
    case 'priority':
      return (j) => `${pad(priorityRank(j.priority), 2)}${j.sla_deadline ?? '9999'}`;
    case 'matrix':
      // The impact/effort matrix order (shared/matrix): quadrant, impact high first, effort low
      // first, then the SLA deadline — the same order the auto-scheduler breaks ties with.
      return (j) => `${pad(matrixRank(j), 3)}${j.sla_deadline ?? '9999'}`;
    case 'trade':
      return (j) => `${j.trade}\u0000${j.sla_deadline ?? '9999'}`;
    case 'area':
      return (j) => `${j.area}\u0000${j.sla_deadline ?? '9999'}`;
    case 'ref':
      return (j) => j.ref;
  }
}

export function filterTray(jobs: readonly JobView[], f: TrayFilter, now: string): JobView[] {
  const needle = f.text.trim().toLowerCase();
  const kept = jobs.filter((j) => matches(j, f, needle, now));
  return sortRows(kept, sortKey(f.sort), 'asc');
}

/** Distinct values of a field, sorted, for the filter menus. */
export function distinct(jobs: readonly JobView[], pick: (j: JobView) => string): string[] {
  return [...new Set(jobs.map(pick))].filter(Boolean).sort();
}
