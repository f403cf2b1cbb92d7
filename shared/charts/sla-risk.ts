// SLA risk of the open work, per priority: already overdue, planned to finish late, not yet
// planned (at risk until it is), planned on time, or without an SLA target.
import { labelled } from '../domain/labelled';

export const { values: SLA_RISK_CLASSES, labels: SLA_RISK_LABELS } = labelled({
  overdue: 'Overdue',
  late: 'Planned late',
  unscheduled: 'Unscheduled',
  on_track: 'On track',
  no_sla: 'No SLA',
});
export type SlaRiskClass = (typeof SLA_RISK_CLASSES)[number];

export interface RiskInput {
  priority: string;
  /** Absolute minutes, or null when the job has no SLA target. */
  deadline_abs: number | null;
  /** Planned finish in absolute minutes, or null when unscheduled. */
  finish_abs: number | null;
}

export function slaRiskOf(job: RiskInput, nowAbs: number): SlaRiskClass {
  if (job.deadline_abs === null) return 'no_sla';
  if (job.deadline_abs < nowAbs) return 'overdue';
  if (job.finish_abs === null) return 'unscheduled';
  return job.finish_abs > job.deadline_abs ? 'late' : 'on_track';
}

export type RiskCounts = { priority: string } & Record<SlaRiskClass, number>;

/** Counts per priority, in the order priorities are first met in `order` then in the jobs. */
export function slaRiskByPriority(jobs: readonly RiskInput[], nowAbs: number, order: readonly string[] = []): RiskCounts[] {
  const rows = new Map<string, RiskCounts>();
  const row = (p: string) => {
    let r = rows.get(p);
    if (!r) rows.set(p, (r = { priority: p, overdue: 0, late: 0, unscheduled: 0, on_track: 0, no_sla: 0 }));
    return r;
  };
  for (const p of order) row(p);
  for (const j of jobs) row(j.priority)[slaRiskOf(j, nowAbs)]++;
  return [...rows.values()].filter((r) => SLA_RISK_CLASSES.some((k) => r[k] > 0));
}
