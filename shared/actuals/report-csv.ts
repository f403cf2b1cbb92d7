// Plan versus actual as CSV (the view's export and `actuals report` without --json): one row per visit.
import { toCsv } from '../csv/format';
import type { VisitComparison } from './plan-vs-actual';

export const REPORT_COLUMNS = [
  'ref',
  'version',
  'outcome',
  'reason',
  'trade',
  'priority',
  'team',
  'planned_operative',
  'planned_date',
  'planned_start',
  'planned_end',
  'planned_minutes',
  'window',
  'actual_operative',
  'actual_date',
  'arrived',
  'left',
  'actual_minutes',
  'late_minutes',
  'punctual',
  'duration_variance_minutes',
  'deadline',
  'within_sla',
] as const;

const s = (v: string | number | boolean | null | undefined): string => (v === null || v === undefined ? '' : String(v));

export function formatReportCsv(visits: readonly VisitComparison[]): string {
  return toCsv(
    REPORT_COLUMNS,
    visits.map((v) => [
      v.ref,
      s(v.version),
      v.outcome,
      s(v.reason),
      v.trade,
      v.priority,
      v.team,
      s(v.planned?.operative_id),
      s(v.planned?.date),
      s(v.planned?.start),
      s(v.planned?.end),
      s(v.planned?.duration_min),
      s(v.planned?.window),
      v.actual.operative_id,
      v.actual.date,
      s(v.actual.arrived),
      s(v.actual.left),
      s(v.actual.duration_min),
      s(v.late_min),
      s(v.punctual),
      s(v.duration_variance_min),
      s(v.deadline),
      s(v.within_sla),
    ]),
  );
}
