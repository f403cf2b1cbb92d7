// The forward pass shared by the critical path and the knock-on preview: each job starts at
// the later of its diary slot and every predecessor's finish plus lag; an unscheduled job
// starts as soon as its predecessors and its release time allow.
// Decision: times are plain elapsed minutes. Unscheduled jobs are not fitted into working
// hours or shifts (that is the scheduler's job); their times are the optimistic earliest, so
// a flag raised from them ("deadline unrealistic") is never a false alarm.
import type { Dependency } from '../domain/types';

export interface Slot {
  start_abs: number;
  end_abs: number;
}

export interface CpmJob {
  ref: string;
  duration_min: number;
  /** The job's diary slot (absolute minutes); null or absent = unscheduled. */
  slot?: Slot | null;
  /** Earliest an unscheduled job may start, e.g. when it was raised; the plan start is the floor. */
  release_abs?: number;
  /** Its SLA deadline (absolute minutes): the latest it may finish; absent or null = none. */
  deadline_abs?: number | null;
}

export interface ForwardOptions {
  /** Unscheduled jobs start no earlier than this. */
  planStartAbs: number;
  /** Treat every job as unscheduled: the earliest the chain allows whatever the diary says. */
  ignoreSlots?: boolean;
  /** Put one job in another slot (the knock-on preview of a drag). */
  moved?: { ref: string; slot: Slot };
}

/** Times per job, visiting `order` (predecessors first). Links from jobs not in `jobs` are ignored. */
export function forwardPass(
  order: readonly string[],
  jobs: ReadonlyMap<string, CpmJob>,
  predsOf: ReadonlyMap<string, readonly Dependency[]>,
  opts: ForwardOptions,
): Map<string, Slot> {
  const out = new Map<string, Slot>();
  for (const ref of order) {
    const job = jobs.get(ref);
    if (!job) continue;
    let ready = -Infinity;
    for (const d of predsOf.get(ref) ?? []) {
      const p = out.get(d.pred_ref);
      if (p && p.end_abs + d.lag_min > ready) ready = p.end_abs + d.lag_min;
    }
    const slot = opts.moved?.ref === ref ? opts.moved.slot : opts.ignoreSlots ? null : job.slot;
    if (slot) {
      const start = Math.max(slot.start_abs, ready);
      out.set(ref, { start_abs: start, end_abs: start + (slot.end_abs - slot.start_abs) });
    } else {
      const start = Math.max(opts.planStartAbs, job.release_abs ?? -Infinity, ready);
      out.set(ref, { start_abs: start, end_abs: start + job.duration_min });
    }
  }
  return out;
}

/** Links by successor, keeping only links between known jobs (and never a self-link). */
export function predecessorMap(links: readonly Dependency[], known: ReadonlySet<string>): Map<string, Dependency[]> {
  const out = new Map<string, Dependency[]>();
  for (const d of links) {
    if (d.pred_ref === d.succ_ref || !known.has(d.pred_ref) || !known.has(d.succ_ref)) continue;
    const list = out.get(d.succ_ref);
    if (list) list.push(d);
    else out.set(d.succ_ref, [d]);
  }
  return out;
}
