// Learned durations: completed visits over a range → suggested standard durations per trade and
// job type (shared/actuals/durations.ts), applied as one undoable step; the auto-scheduler can
// plan with them (task-input, option off by default).
import { ApiError } from '../../../shared/api/errors';
import { learnDurations, standardKey, type DurationSample, type DurationSuggestion } from '../../../shared/actuals';
import { currentUser } from '../identity';
import { standardDurations, type StandardDurationRow } from '../store/actuals/duration-rows';
import type { Store } from '../store/store';
import { compareRange } from './report';

export interface DurationRow extends DurationSuggestion {
  /** The standard in use now for this trade and type, if one was applied. */
  current_min: number | null;
}

export function suggestDurations(store: Store, from: string, to: string): DurationRow[] {
  const samples: DurationSample[] = [];
  for (const v of compareRange(store, from, to)) {
    if (v.outcome !== 'COMPLETED' || !v.planned || v.actual.duration_min === null) continue;
    samples.push({ trade: v.trade, job_type: v.priority, planned_min: v.planned.duration_min, actual_min: v.actual.duration_min });
  }
  const current = new Map(standardDurations(store).map((s) => [standardKey(s.trade, s.job_type), s.minutes]));
  return learnDurations(samples).map((s) => ({ ...s, current_min: current.get(standardKey(s.trade, s.job_type)) ?? null }));
}

/** Applies the suggestions (all, or the chosen trade/type pairs) as the standard durations: one undoable step. */
export function applyDurations(
  store: Store,
  from: string,
  to: string,
  only?: readonly { trade: string; job_type: string }[],
): { applied: StandardDurationRow[] } {
  const wanted = only ? new Set(only.map((o) => standardKey(o.trade, o.job_type))) : null;
  const chosen = suggestDurations(store, from, to).filter(
    (s) => s.suggested_min !== null && (!wanted || wanted.has(standardKey(s.trade, s.job_type))),
  );
  if (chosen.length === 0)
    throw new ApiError('VALIDATION', `No suggestion to apply: ${from} to ${to} has too few completed visits per trade and type`);
  const now = store.now();
  const who = currentUser(store);
  const rows: StandardDurationRow[] = chosen.map((s) => ({
    trade: s.trade,
    job_type: s.job_type,
    minutes: s.suggested_min!,
    samples: s.samples,
    spread_min: s.spread_min,
    from_date: from,
    to_date: to,
    applied_at: now,
    applied_by: who,
  }));
  store.history.mutate(`Apply ${rows.length} learned standard duration${rows.length === 1 ? '' : 's'} (${from} to ${to})`, (rec) => {
    for (const r of rows) rec.put('standard_durations', { ...r });
  });
  return { applied: rows };
}

/** trade+type → minutes, for planning with learned durations. */
export function standardMinutes(store: Store): Map<string, number> {
  return new Map(standardDurations(store).map((s) => [standardKey(s.trade, s.job_type), s.minutes]));
}
