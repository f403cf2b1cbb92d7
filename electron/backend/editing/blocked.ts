// "3 placements now blocked: …": an edit that makes placements already in the diary break a hard
// rule reports them at once. The edit runs as one undoable step; inside its transaction the
// placements it can touch are judged by the same rule units as the board and the moves
// (PlanIndex), before and after, from today on. Only rules newly broken count, and not a rule
// the planner already forced that placement through with a recorded reason (override log).
import type { DiaryEntry } from '../../../shared/domain/types';
import { BLOCKED, PlanIndex, type Violation } from '../../../shared/rules';
import { loadWorld, worldOf } from '../planning/world';
import { afterRosterChange, overrideChecker } from '../roster/dropouts';
import type { ChangeRecorder } from '../store/change-recorder';
import type { Store } from '../store/store';
import { todayOf } from './clock';
import { logJobChange } from './events';

export interface BlockedPlacement {
  ref: string;
  operative_id: string;
  date: string;
  /** The (first) rule the placement now breaks. */
  rule_id: string;
  message: string;
}

export interface BlockScope {
  /** Every placement of these operatives. */
  operatives?: Iterable<string>;
  /** These jobs' placements, their linked jobs' placements, and every placement sharing an operative-day with them. */
  refs?: Iterable<string>;
}

/**
 * Runs `fn` as one undoable step and returns what it newly blocks, noting it in each blocked
 * job's history. `world: 'people'` when the edit changes only operatives, flags, absences or the
 * roster (jobs are then reused, cheaply).
 */
export function mutateReportingBlocked<T>(
  store: Store,
  label: string,
  world: 'people' | 'all',
  who: string,
  scope: BlockScope | ((value: T) => BlockScope),
  fn: (rec: ChangeRecorder) => T,
): { value: T; blocked: BlockedPlacement[] } {
  const today = todayOf(store);
  const before = new PlanIndex(worldOf(store), store.read.diary());
  const overridden = overrideChecker(store);
  return store.history.mutate(label, (rec) => {
    const value = fn(rec);
    const after = new PlanIndex(world === 'people' ? afterRosterChange(store) : loadWorld(store), store.read.diary());
    const s = typeof scope === 'function' ? scope(value) : scope;
    const blocked: BlockedPlacement[] = [];
    const beforeByRef = new Map(before.diary.map((e) => [e.job_ref, e]));
    for (const e of entriesInScope(before, after, s, today)) {
      const now = hardViolations(after, e);
      if (now.length === 0) continue;
      const prior = beforeByRef.get(e.job_ref);
      const was = prior && prior.operative_id === e.operative_id && prior.date === e.date ? hardViolations(before, prior) : [];
      const fresh = now.find((v) => !was.some((w) => w.ruleId === v.ruleId) && !overridden(e.job_ref, e.operative_id, e.date, v.ruleId));
      if (fresh)
        blocked.push({
          ref: e.job_ref,
          operative_id: e.operative_id,
          date: e.date,
          rule_id: fresh.ruleId,
          message: withRef(e.job_ref, fresh.reason),
        });
    }
    blocked.sort((a, b) => a.date.localeCompare(b.date) || a.operative_id.localeCompare(b.operative_id) || a.ref.localeCompare(b.ref));
    // Each blocked job's own history says what blocked it, by whom and when.
    for (const b of blocked) logJobChange(store, b.ref, 'blocked', { by: label, rule_id: b.rule_id, message: b.message }, who);
    return { value, blocked };
  }).value;
}

function entriesInScope(before: PlanIndex, after: PlanIndex, s: BlockScope, today: string): DiaryEntry[] {
  const ops = new Set(s.operatives ?? []);
  const refs = new Set(s.refs ?? []);
  const days = new Set<string>();
  for (const index of [before, after]) {
    for (const e of index.diary) if (refs.has(e.job_ref)) days.add(`${e.operative_id}|${e.date}`);
  }
  const linked = new Set(refs);
  for (const index of [before, after]) {
    for (const r of refs) {
      for (const d of index.world.predecessorsOf.get(r) ?? []) linked.add(d.pred_ref);
      for (const d of index.world.successorsOf.get(r) ?? []) linked.add(d.succ_ref);
    }
  }
  return after.diary.filter(
    (e) => e.date >= today && (ops.has(e.operative_id) || linked.has(e.job_ref) || days.has(`${e.operative_id}|${e.date}`)),
  );
}

/** The hard rules the placement breaks where it stands (its own position and booked time). */
export function hardViolations(index: PlanIndex, e: DiaryEntry): Violation[] {
  const job = index.world.jobs.get(e.job_ref);
  const op = index.world.operatives.get(e.operative_id);
  if (!job || !op) return [];
  const at = index.basePlan(op, e.date).visits.findIndex((v) => v.ref === e.job_ref);
  if (at < 0) return [];
  if (index.status(job, op, e.date, { index: at }) !== BLOCKED) return [];
  return index.evaluate(job, op, e.date, { index: at }).violations.filter((v) => v.severity === 'hard');
}

/** "J-1: reason", unless the reason already names the job. */
export const withRef = (ref: string, reason: string): string => (reason.includes(ref) ? reason : `${ref}: ${reason}`);
