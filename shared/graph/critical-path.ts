// Critical path per chain, over the real plan. Forward pass: see forward-pass.ts. Backward
// pass: a job must finish by the earliest of its successors' latest starts less lag, its own
// SLA deadline, and (with no successor) its chain's finish (each chain is its own project).
// Slack = latest start − planned start; critical = slack ≤ 0 inside a chain, so a job planned
// to finish after its deadline (or pushing a successor past its own) shows negative slack.
// A job with no links is in no chain: it gets times but no slack and is never critical (the
// SLA clock already says when it is late).
import type { Dependency } from '../domain/types';
import { chainIndex, findChains } from './chains';
import { findCycle } from './cycles';
import { forwardPass, predecessorMap, type CpmJob } from './forward-pass';
import { describeCycle } from './graph';
import { topologicalOrder } from './topological';

export interface CpmInput {
  jobs: readonly CpmJob[];
  links: readonly Dependency[];
  /** Unscheduled jobs start no earlier than this: the start of the range being planned. */
  planStartAbs: number;
}

export interface JobTimes {
  ref: string;
  /** Chain id (its first job), or null for a job with no links. */
  chain: string | null;
  scheduled: boolean;
  /** Earliest start in the plan: the diary slot, pushed later by predecessors if need be. */
  start_abs: number;
  end_abs: number;
  latest_start_abs: number;
  latest_end_abs: number;
  /** Minutes it can slip before its chain finishes later or it (or a successor) misses a deadline;
   *  negative when the plan already misses one. Null outside a chain. */
  slack_min: number | null;
  critical: boolean;
  /** The earliest finish the chain allows whatever the diary says (every job as soon as possible). */
  earliest_finish_abs: number;
}

export interface ChainTimes {
  id: string;
  refs: string[];
  start_abs: number;
  /** The chain's planned finish: its last job's end. */
  end_abs: number;
  /** The critical jobs, predecessors first. */
  critical: string[];
}

export interface CriticalPathResult {
  jobs: Map<string, JobTimes>;
  chains: ChainTimes[];
}

export function criticalPath(input: CpmInput): CriticalPathResult {
  const jobs = new Map(input.jobs.map((j) => [j.ref, j]));
  const known = new Set(jobs.keys());
  const preds = predecessorMap(input.links, known);
  const links = [...preds.values()].flat();
  const order = topologicalOrder([...known].sort(), links);
  if (!order) throw new Error(`dependency cycle: ${describeCycle(findCycle(links) ?? [])}`);

  const opts = { planStartAbs: input.planStartAbs };
  const times = forwardPass(order, jobs, preds, opts);
  const asap = forwardPass(order, jobs, preds, { ...opts, ignoreSlots: true });
  const chains = findChains(links);
  const chainOf = chainIndex(chains);

  const succs = new Map<string, Dependency[]>();
  for (const d of links) {
    const list = succs.get(d.pred_ref);
    if (list) list.push(d);
    else succs.set(d.pred_ref, [d]);
  }
  const chainEnd = new Map<string, number>();
  for (const c of chains) chainEnd.set(c.id, Math.max(...c.refs.map((r) => times.get(r)!.end_abs)));

  const out = new Map<string, JobTimes>();
  for (let i = order.length - 1; i >= 0; i--) {
    const ref = order[i]!;
    const t = times.get(ref)!;
    const chain = chainOf.get(ref) ?? null;
    const deadline = jobs.get(ref)!.deadline_abs ?? null;
    let latestEnd = chain ? chainEnd.get(chain)! : t.end_abs;
    if (chain && deadline !== null) latestEnd = Math.min(latestEnd, deadline);
    for (const d of succs.get(ref) ?? []) latestEnd = Math.min(latestEnd, out.get(d.succ_ref)!.latest_start_abs - d.lag_min);
    const latestStart = latestEnd - (t.end_abs - t.start_abs);
    const slack = chain ? latestStart - t.start_abs : null;
    out.set(ref, {
      ref,
      chain,
      scheduled: !!jobs.get(ref)!.slot,
      start_abs: t.start_abs,
      end_abs: t.end_abs,
      latest_start_abs: latestStart,
      latest_end_abs: latestEnd,
      slack_min: slack,
      critical: slack !== null && slack <= 0,
      earliest_finish_abs: asap.get(ref)!.end_abs,
    });
  }
  return {
    jobs: out,
    chains: chains.map((c) => ({
      id: c.id,
      refs: c.refs,
      start_abs: Math.min(...c.refs.map((r) => out.get(r)!.start_abs)),
      end_abs: chainEnd.get(c.id)!,
      critical: c.refs.filter((r) => out.get(r)!.critical),
    })),
  };
}
