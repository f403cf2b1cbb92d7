// Side-by-side comparison of two plans (the live plan or scenarios): KPIs and every job whose
// placement differs (added, removed, moved operative/day/time).
import { formatHHMM } from '../../../shared/calendar/dates';
import { computePlanKpis, type PlanKpis } from '../../../shared/kpi/plan-kpis';
import { PlanIndex } from '../../../shared/rules';
import { worldOf } from '../planning/world';
import type { Store } from '../store/store';

export interface Slot {
  operative: string;
  date: string;
  start: string;
}
export interface PlanChange {
  ref: string;
  a: Slot | null;
  b: Slot | null;
}
export interface Comparison {
  from: string;
  to: string;
  a: PlanKpis;
  b: PlanKpis;
  changes: PlanChange[];
}

/** Each placed job's operative, date and computed start time (HH:MM). */
function slots(store: Store): Map<string, Slot> {
  const world = worldOf(store);
  const diary = store.read.diary();
  const index = new PlanIndex(world, diary);
  const out = new Map<string, Slot>();
  const days = new Map<string, { op: string; date: string }>();
  for (const e of diary) days.set(`${e.operative_id}|${e.date}`, { op: e.operative_id, date: e.date });
  for (const { op, date } of days.values()) {
    const operative = world.operatives.get(op);
    if (!operative) continue;
    for (const v of index.basePlan(operative, date).visits) out.set(v.ref, { operative: op, date, start: formatHHMM(v.start_min % 1440) });
  }
  return out;
}

function span(stores: Store[]): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const s of stores) {
    const r = s.read.diarySpan();
    if (r && (!from || r.from < from)) from = r.from;
    if (r && (!to || r.to > to)) to = r.to;
  }
  return from && to ? { from, to } : null;
}

export function comparePlans(a: Store, b: Store, range?: { from: string; to: string }): Comparison {
  const r = range ?? span([a, b]) ?? { from: '2026-01-01', to: '2026-01-01' };
  const sa = slots(a);
  const sb = slots(b);
  const refs = [...new Set([...sa.keys(), ...sb.keys()])].sort();
  const changes: PlanChange[] = [];
  for (const ref of refs) {
    const x = sa.get(ref) ?? null;
    const y = sb.get(ref) ?? null;
    if (x && y && x.operative === y.operative && x.date === y.date && x.start === y.start) continue;
    changes.push({ ref, a: x, b: y });
  }
  return {
    from: r.from,
    to: r.to,
    a: computePlanKpis(worldOf(a), a.read.diary(), r.from, r.to),
    b: computePlanKpis(worldOf(b), b.read.diary(), r.from, r.to),
    changes,
  };
}
