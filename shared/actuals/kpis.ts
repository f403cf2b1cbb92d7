// Plan-versus-actual KPIs and roll-ups over compared visits. Rates are fractions (0–1) of the
// visits that count for them, null when none do:
//   completion rate      COMPLETED / visits made (CANCELLED visits were never made)
//   first-visit completion  jobs completed on their first visit / first visits (follow-ons excluded)
//   no-access, abortive  that outcome / visits made
//   within SLA by priority  completed by the deadline in force / completed, per priority; RP02 splits
//                        emergency from non-emergency repairs as the regulator's measure does
//   punctuality          arrived within the appointment window / visits with an arrival time
//   duration variance    mean of (actual − planned) minutes on site over completed visits
import type { VisitComparison } from './plan-vs-actual';

export interface SlaShare {
  completed: number;
  within_target: number;
  rate: number | null;
}

/** Visits by outcome and the completion rate: in the KPIs and in every roll-up row. */
export interface OutcomeCounts {
  visits: number;
  completed: number;
  no_access: number;
  abortive: number;
  further_work: number;
  cancelled: number;
  completion_rate: number | null;
}

export interface ActualsKpis extends OutcomeCounts {
  first_visit_completion: number | null;
  no_access_rate: number | null;
  abortive_rate: number | null;
  within_sla_by_priority: Record<string, SlaShare>;
  rp02: { emergency: SlaShare; non_emergency: SlaShare };
  punctuality: number | null;
  late_visits: number;
  duration_variance_min: number | null;
  /** Total actual over total planned time on completed visits, minus 1 (0.1 = 10% longer). */
  duration_variance_pct: number | null;
}

export const EMERGENCY_PRIORITY = 'EMERGENCY';

const rate = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n / d) * 10_000) / 10_000);

function share(rows: readonly VisitComparison[]): SlaShare {
  const judged = rows.filter((r) => r.within_sla !== null);
  const within = judged.filter((r) => r.within_sla).length;
  return { completed: judged.length, within_target: within, rate: rate(within, judged.length) };
}

export function actualsKpis(visits: readonly VisitComparison[]): ActualsKpis {
  const count = (o: string) => visits.filter((v) => v.outcome === o).length;
  const completed = count('COMPLETED');
  const cancelled = count('CANCELLED');
  const made = visits.length - cancelled;
  const first = visits.filter((v) => v.first_visit && v.outcome !== 'CANCELLED');
  const completedRows = visits.filter((v) => v.outcome === 'COMPLETED');
  const byPriority: Record<string, SlaShare> = {};
  for (const p of [...new Set(completedRows.map((v) => v.priority))].sort()) {
    byPriority[p] = share(completedRows.filter((v) => v.priority === p));
  }
  const arrived = visits.filter((v) => v.punctual !== null);
  const timed = completedRows.filter((v) => v.duration_variance_min !== null && v.planned);
  const plannedSum = timed.reduce((s, v) => s + v.planned!.duration_min, 0);
  const actualSum = timed.reduce((s, v) => s + v.actual.duration_min!, 0);
  return {
    visits: visits.length,
    completed,
    no_access: count('NO_ACCESS'),
    abortive: count('ABORTIVE'),
    further_work: count('FURTHER_WORK'),
    cancelled,
    completion_rate: rate(completed, made),
    first_visit_completion: rate(first.filter((v) => v.outcome === 'COMPLETED').length, first.length),
    no_access_rate: rate(count('NO_ACCESS'), made),
    abortive_rate: rate(count('ABORTIVE'), made),
    within_sla_by_priority: byPriority,
    rp02: {
      emergency: share(completedRows.filter((v) => v.priority === EMERGENCY_PRIORITY)),
      non_emergency: share(completedRows.filter((v) => v.priority !== EMERGENCY_PRIORITY)),
    },
    punctuality: rate(arrived.filter((v) => v.punctual).length, arrived.length),
    late_visits: visits.filter((v) => (v.late_min ?? 0) > 0).length,
    duration_variance_min:
      timed.length === 0 ? null : Math.round((timed.reduce((s, v) => s + v.duration_variance_min!, 0) / timed.length) * 10) / 10,
    duration_variance_pct: plannedSum === 0 ? null : Math.round((actualSum / plannedSum - 1) * 10_000) / 10_000,
  };
}

export interface Rollup extends OutcomeCounts {
  key: string;
  late_visits: number;
  duration_variance_min: number | null;
}

/** Visits grouped by a key (operative-day, trade, team, date), each group summarised in one pass; sorted by key. */
export function rollUp(visits: readonly VisitComparison[], keyOf: (v: VisitComparison) => string): Rollup[] {
  const groups = new Map<string, Rollup & { made: number; varianceSum: number; varianceN: number }>();
  for (const v of visits) {
    const key = keyOf(v);
    let g = groups.get(key);
    if (!g) {
      g = {
        key,
        visits: 0,
        completed: 0,
        no_access: 0,
        abortive: 0,
        further_work: 0,
        cancelled: 0,
        completion_rate: null,
        late_visits: 0,
        duration_variance_min: null,
        made: 0,
        varianceSum: 0,
        varianceN: 0,
      };
      groups.set(key, g);
    }
    g.visits++;
    if (v.outcome === 'COMPLETED') g.completed++;
    else if (v.outcome === 'NO_ACCESS') g.no_access++;
    else if (v.outcome === 'ABORTIVE') g.abortive++;
    else if (v.outcome === 'FURTHER_WORK') g.further_work++;
    else g.cancelled++;
    if (v.outcome !== 'CANCELLED') g.made++;
    if ((v.late_min ?? 0) > 0) g.late_visits++;
    if (v.outcome === 'COMPLETED' && v.duration_variance_min !== null && v.planned) {
      g.varianceSum += v.duration_variance_min;
      g.varianceN++;
    }
  }
  return [...groups.values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ made, varianceSum, varianceN, ...r }) => ({
      ...r,
      completion_rate: rate(r.completed, made),
      duration_variance_min: varianceN === 0 ? null : Math.round((varianceSum / varianceN) * 10) / 10,
    }));
}
