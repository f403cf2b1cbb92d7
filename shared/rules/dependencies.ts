// Finish-to-start links. A job may start only once every predecessor has finished plus its lag
// (lag in elapsed minutes), and an unplaced predecessor blocks outright: the order cannot be
// shown to hold. Placed successors are checked too, so dragging a predecessor later cannot
// silently break a chain that already sits in the diary.
import type { Dependency } from '../domain/types';
import { formatLongDate, formatHHMM, fromEpochDay } from '../calendar/dates';
import { MINUTES_PER_DAY } from '../plan/time';
import { defineRule } from './define';
import { formatDuration } from './format';
import type { PlacedTimes, PlacementContext } from './types';

type Finding =
  | { kind: 'unplaced'; dep: Dependency }
  | { kind: 'early'; dep: Dependency; pred: PlacedTimes; startAbs: number }
  | { kind: 'blocks'; dep: Dependency; succ: PlacedTimes; endAbs: number };

/** Same-day jobs are read from the new plan (insertion may have moved them), others from the diary. */
function timesOf(ref: string, ctx: PlacementContext, dayAbs: number): PlacedTimes | undefined {
  for (const v of ctx.plan.visits) {
    if (v.ref === ref) {
      return { operative_id: ctx.plan.operative_id, date: ctx.date, start_abs: dayAbs + v.start_min, end_abs: dayAbs + v.end_min };
    }
  }
  return ctx.lookups.placementOf(ref);
}

function formatAbs(abs: number): string {
  const day = Math.floor(abs / MINUTES_PER_DAY);
  return `${formatLongDate(fromEpochDay(day))} ${formatHHMM(abs - day * MINUTES_PER_DAY)}`;
}

const lagText = (lag: number): string => (lag > 0 ? ` plus ${formatDuration(lag)} lag` : '');

export const dependencies = defineRule({
  id: 'dependencies',
  name: 'Dependencies',
  description: 'Every predecessor is placed and finishes, plus its lag, before this job starts.',
  owner: 'planner',
  severity: 'hard',
  stage: 'plan',
  find: (ctx) => {
    const { job, world, visit } = ctx;
    if (!world.linked.has(job.ref)) return null; // the common case: no links, no date arithmetic
    const preds = world.predecessorsOf.get(job.ref);
    const succs = world.successorsOf.get(job.ref);
    const dayAbs = ctx.lookups.epochDay(ctx.date) * MINUTES_PER_DAY;
    const startAbs = dayAbs + visit.start_min;
    const endAbs = dayAbs + visit.end_min;
    let out: Finding[] | null = null;
    for (const dep of preds ?? []) {
      if (dep.pred_ref === job.ref) continue; // a self-link says nothing
      const pred = timesOf(dep.pred_ref, ctx, dayAbs);
      if (!pred) (out ??= []).push({ kind: 'unplaced', dep });
      else if (pred.end_abs + dep.lag_min > startAbs) (out ??= []).push({ kind: 'early', dep, pred, startAbs });
    }
    for (const dep of succs ?? []) {
      if (dep.succ_ref === job.ref) continue;
      const succ = timesOf(dep.succ_ref, ctx, dayAbs);
      if (succ && endAbs + dep.lag_min > succ.start_abs) (out ??= []).push({ kind: 'blocks', dep, succ, endAbs });
    }
    return out;
  },
  reason: (f, { job }) => {
    const { dep } = f;
    switch (f.kind) {
      case 'unplaced':
        return `${job.ref} depends on ${dep.pred_ref}, which is not in the diary yet`;
      case 'early':
        return (
          `${job.ref} must wait for ${dep.pred_ref} to finish${lagText(dep.lag_min)}: ${dep.pred_ref} ends ` +
          `${formatAbs(f.pred.end_abs)}, so ${job.ref} can start from ${formatAbs(f.pred.end_abs + dep.lag_min)}, ` +
          `not ${formatAbs(f.startAbs)}`
        );
      case 'blocks':
        return (
          `${dep.succ_ref} depends on ${job.ref}${lagText(dep.lag_min)}: ${job.ref} would end ${formatAbs(f.endAbs)}, ` +
          `but ${dep.succ_ref} is booked to start ${formatAbs(f.succ.start_abs)}`
        );
    }
  },
});
