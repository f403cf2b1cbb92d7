// Knock-on preview: if `ref` moved to a new start, which of its successors (direct or further
// down) would start later, or newly finish after their SLA deadline? Pure and cheap enough to
// run on every drag-over: only the moved job's chain is re-timed, twice (as is, and moved).
import type { Dependency, Job } from '../domain/types';
import { localToAbs } from './abs-time';
import { forwardPass, type CpmJob } from './forward-pass';
import { topologicalOrder } from './topological';

/**
 * What knockOn reads, by shape: a PlanIndex (shared/rules, a layer above) is one. Declared here
 * rather than imported so that shared/graph stays below the rule engine.
 */
export interface KnockOnPlan {
  world: {
    jobs: ReadonlyMap<string, Job>;
    predecessorsOf: ReadonlyMap<string, readonly Dependency[]>;
    successorsOf: ReadonlyMap<string, readonly Dependency[]>;
    slaDeadline(job: Job): string | null;
  };
  placementOf(ref: string): { start_abs: number; end_abs: number } | undefined;
}

export interface KnockOnOptions {
  /** Where the moved job would end; default: its new start plus its current slot length (or duration). */
  newEndAbs?: number;
  /** Unscheduled jobs in the chain start no earlier than this (default: the epoch, i.e. no floor). */
  planStartAbs?: number;
}

export interface KnockOnEffect {
  ref: string;
  /** Minutes the successor's start moves later (0 when only its deadline is newly breached). */
  slip_min: number;
  old_start_abs: number;
  new_start_abs: number;
  new_end_abs: number;
  /** SLA deadline in absolute minutes, or null when it has none. */
  deadline_abs: number | null;
  /** The successor would finish after its SLA deadline. */
  breaches_sla: boolean;
  /** ...and it did not before the move. */
  newly_breached: boolean;
}

/**
 * Successors of `ref` that would slip (start later) or newly breach their SLA deadline if `ref`
 * started at `newStartAbs` (absolute minutes: epochDay × 1440 + minute of day), predecessors first.
 * Only dependency knock-on is counted, not jobs pushed along the same operative's day.
 */
export function knockOn(plan: KnockOnPlan, ref: string, newStartAbs: number, opts: KnockOnOptions = {}): KnockOnEffect[] {
  const { world } = plan;
  if (!world.successorsOf.get(ref)?.length) return [];
  const chain = chainAround(world, ref);
  const jobs = new Map<string, CpmJob>();
  for (const r of chain) {
    const job = world.jobs.get(r);
    if (!job) continue;
    const p = plan.placementOf(r);
    jobs.set(r, { ref: r, duration_min: job.duration_min, slot: p ? { start_abs: p.start_abs, end_abs: p.end_abs } : null });
  }
  const mine = jobs.get(ref);
  if (!mine) return [];
  const links: Dependency[] = [];
  const preds = new Map<string, Dependency[]>();
  for (const r of jobs.keys()) {
    const list = (world.predecessorsOf.get(r) ?? []).filter((d) => d.pred_ref !== r && jobs.has(d.pred_ref));
    preds.set(r, list);
    links.push(...list);
  }
  const order = topologicalOrder([...jobs.keys()], links);
  if (!order) return []; // a cyclic chain cannot be timed; the import and link APIs refuse them

  const length = mine.slot ? mine.slot.end_abs - mine.slot.start_abs : mine.duration_min;
  const base = { planStartAbs: opts.planStartAbs ?? 0 };
  const before = forwardPass(order, jobs, preds, base);
  const after = forwardPass(order, jobs, preds, {
    ...base,
    moved: { ref, slot: { start_abs: newStartAbs, end_abs: opts.newEndAbs ?? newStartAbs + length } },
  });

  const downstream = descendants(world, ref);
  const out: KnockOnEffect[] = [];
  for (const r of order) {
    if (!downstream.has(r)) continue;
    const was = before.get(r)!;
    const now = after.get(r)!;
    const deadline = world.slaDeadline(world.jobs.get(r)!);
    const deadlineAbs = deadline === null ? null : localToAbs(deadline);
    const breaches = deadlineAbs !== null && now.end_abs > deadlineAbs;
    const newly = breaches && !(was.end_abs > deadlineAbs!);
    const slip = now.start_abs - was.start_abs;
    if (slip <= 0 && !newly) continue;
    out.push({
      ref: r,
      slip_min: Math.max(0, slip),
      old_start_abs: was.start_abs,
      new_start_abs: now.start_abs,
      new_end_abs: now.end_abs,
      deadline_abs: deadlineAbs,
      breaches_sla: breaches,
      newly_breached: newly,
    });
  }
  return out;
}

/** Every job connected to `ref` by links in either direction (its chain). */
function chainAround(world: KnockOnPlan['world'], ref: string): Set<string> {
  const seen = new Set([ref]);
  const queue = [ref];
  for (let i = 0; i < queue.length; i++) {
    const r = queue[i]!;
    for (const d of world.successorsOf.get(r) ?? []) visit(d.succ_ref);
    for (const d of world.predecessorsOf.get(r) ?? []) visit(d.pred_ref);
  }
  return seen;
  function visit(x: string) {
    if (seen.has(x)) return;
    seen.add(x);
    queue.push(x);
  }
}

function descendants(world: KnockOnPlan['world'], ref: string): Set<string> {
  const seen = new Set<string>();
  const queue = [ref];
  for (let i = 0; i < queue.length; i++) {
    for (const d of world.successorsOf.get(queue[i]!) ?? []) {
      if (d.succ_ref === ref || seen.has(d.succ_ref)) continue;
      seen.add(d.succ_ref);
      queue.push(d.succ_ref);
    }
  }
  return seen;
}
