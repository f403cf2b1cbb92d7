// Plain-text renderings of actuals results for the terminal (tab-separated tables).
import type { ApiOutput } from '../../../shared/api/contract';

type Report = ApiOutput<'actuals/get-report'>;

export const pct = (r: number | null): string => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

export function formatKpiLines(k: Report['kpis'], from: string, to: string): string[] {
  const lines = [
    `Plan versus actual ${from} to ${to}: ${k.visits} visits (${k.completed} completed, ${k.no_access} no access, ${k.abortive} abortive, ${k.further_work} further work, ${k.cancelled} cancelled)`,
    `completion_rate\t${pct(k.completion_rate)}`,
    `first_visit_completion\t${pct(k.first_visit_completion)}`,
    `no_access_rate\t${pct(k.no_access_rate)}`,
    `abortive_rate\t${pct(k.abortive_rate)}`,
    `punctuality\t${pct(k.punctuality)}\t(${k.late_visits} late)`,
    `duration_variance\t${k.duration_variance_min === null ? '—' : `${k.duration_variance_min > 0 ? '+' : ''}${k.duration_variance_min} min`}`,
    `rp02_emergency_within_target\t${pct(k.rp02.emergency.rate)}\t(${k.rp02.emergency.within_target}/${k.rp02.emergency.completed})`,
    `rp02_non_emergency_within_target\t${pct(k.rp02.non_emergency.rate)}\t(${k.rp02.non_emergency.within_target}/${k.rp02.non_emergency.completed})`,
  ];
  for (const [p, s] of Object.entries(k.within_sla_by_priority))
    lines.push(`within_sla ${p}\t${pct(s.rate)}\t(${s.within_target}/${s.completed})`);
  return lines;
}

export function formatVisitLines(visits: Report['visits']): string[] {
  const head = ['ref', 'outcome', 'planned', 'actual', 'late_min', 'duration_planned', 'duration_actual'].join('\t');
  return [
    head,
    ...visits.map((v) =>
      [
        v.ref,
        v.outcome,
        v.planned ? `${v.planned.operative_id} ${v.planned.date} ${v.planned.start}` : '—',
        `${v.actual.operative_id} ${v.actual.date} ${v.actual.arrived ?? ''}`.trim(),
        v.late_min ?? '',
        v.planned?.duration_min ?? '',
        v.actual.duration_min ?? '',
      ].join('\t'),
    ),
  ];
}
