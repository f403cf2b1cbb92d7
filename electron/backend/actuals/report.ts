// Plan versus actual over a date range: each visit against the version in force, the KPIs and
// the roll-ups per operative-day, trade, team and day. A visit's team is the main (first) trade
// of the operative who made it; its deadline in force is the job's SLA deadline as published,
// or — after an earlier failed visit — the rebooking deadline the policy gave it.
import { ApiError } from '../../../shared/api/errors';
import {
  actualsKpis,
  compareVisit,
  inVisitOrder,
  rebookingDeadline,
  rollUp,
  FAILED_OUTCOMES,
  type ActualsKpis,
  type Rollup,
  type VisitComparison,
  type VisitRecord,
} from '../../../shared/actuals';
import { daysBetween } from '../../../shared/calendar/dates';
import { slaPolicyOf } from '../api/handlers/sla-deadlines';
import { followOnLinks, otherVisitsOfJobsBetween, visitFactsBetween } from '../store/actuals/actual-rows';
import { operativeTrades } from '../store/actuals/job-rows';
import { plannedKey, plannedSides, publishedFacts, type PublishedFacts } from '../store/actuals/version-rows';
import type { Store } from '../store/store';
import { actualsPolicyOf } from './policy';

export const MAX_REPORT_DAYS = 366;

export interface ActualsReport {
  from: string;
  to: string;
  kpis: ActualsKpis;
  visits: VisitComparison[];
  rollups: { operative_days: Rollup[]; trades: Rollup[]; teams: Rollup[]; days: Rollup[] };
}

export function checkReportRange(from: string, to: string): void {
  if (from > to) throw new ApiError('VALIDATION', `The range starts (${from}) after it ends (${to})`);
  const days = daysBetween(from, to) + 1;
  if (days > MAX_REPORT_DAYS) throw new ApiError('VALIDATION', `A report covers at most ${MAX_REPORT_DAYS} days (asked for ${days})`);
}

export function compareRange(store: Store, from: string, to: string): VisitComparison[] {
  checkReportRange(from, to);
  const rows = visitFactsBetween(store, from, to);
  if (rows.length === 0) return [];
  const planned = plannedSides(
    store,
    rows.map((r) => ({ version: r.version, ref: r.ref })),
  );
  const others = otherVisitsOfJobsBetween(store, from, to);
  const followOns = followOnLinks(store);
  const teams = operativeTrades(store);
  const policy = actualsPolicyOf(store);
  const sla = slaPolicyOf(store);
  const factsByVersion = new Map<number, PublishedFacts>();
  const out: VisitComparison[] = [];
  for (const a of rows) {
    let facts = factsByVersion.get(a.version);
    if (!facts) factsByVersion.set(a.version, (facts = publishedFacts(store, a.version)));
    const p = planned.get(plannedKey(a.version, a.ref)) ?? null;
    const job = facts.jobs.get(a.ref);
    // Which visit of the job this is, and the failure before it (most jobs have one visit).
    let at = 0;
    let lastFailure: VisitRecord | undefined;
    const other = others.get(a.ref);
    if (other) {
      for (const h of inVisitOrder([...other, a])) {
        if (h.id === a.id) break;
        at++;
        if (FAILED_OUTCOMES.includes(h.outcome)) lastFailure = h;
      }
    }
    const deadline = !job
      ? null
      : lastFailure
        ? rebookingDeadline(job, lastFailure, policy.sla_clock[lastFailure.outcome as 'NO_ACCESS' | 'ABORTIVE'], sla)
        : job.sla_deadline;
    const shift = p ? facts.operatives.get(p.operative_id) : undefined;
    out.push(
      compareVisit({
        actual: a,
        planned: p,
        job: { trade: job?.trade ?? '', priority: job?.priority ?? '', window: job?.window ?? 'ALL' },
        plannedShift: shift ?? null,
        team: teams.get(a.operative_id)?.[0] ?? '',
        deadline,
        firstVisit: at === 0 && !followOns.has(a.ref),
      }),
    );
  }
  return out;
}

export function actualsReport(store: Store, from: string, to: string): ActualsReport {
  const visits = compareRange(store, from, to);
  return {
    from,
    to,
    kpis: actualsKpis(visits),
    visits,
    rollups: {
      operative_days: rollUp(visits, (v) => `${v.actual.operative_id} ${v.actual.date}`),
      trades: rollUp(visits, (v) => v.trade),
      teams: rollUp(visits, (v) => v.team),
      days: rollUp(visits, (v) => v.actual.date),
    },
  };
}
