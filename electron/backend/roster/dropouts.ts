// Drop-outs in the backend: listing them, running a roster or absence change so that the jobs
// it newly leaves uncovered are reported (and raised for plan review in the same undoable
// step), and sending them back to the tray in one step.
import { findDropouts, type Dropout } from '../../../shared/roster';
import { PlanIndex, buildWorld, type PlanningWorld } from '../../../shared/rules';
import { moveWithin } from '../planning/moves';
import { indexOf, worldOf } from '../planning/world';
import { operativeName } from '../planning/describe';
import type { ChangeRecorder } from '../store/change-recorder';
import type { Store } from '../store/store';
import { TABLES, type TableName } from '../store/tables';
import { readOverrides, readPatterns } from './rows';

export interface Affected {
  operatives: ReadonlySet<string>;
  from: string;
  to: string;
}

/** Placements forced through a rule with a recorded reason (override log) are not drop-outs. */
export function overrideChecker(store: Store): (ref: string, operativeId: string, date: string, ruleId: string) => boolean {
  const rows = store.db.prepare('SELECT job_ref, operative_id, date, rule_id FROM override_log').all() as {
    job_ref: string;
    operative_id: string;
    date: string;
    rule_id: string;
  }[];
  const keys = new Set(rows.map((r) => `${r.job_ref}|${r.operative_id}|${r.date}|${r.rule_id}`));
  return (ref, op, date, rule) => keys.has(`${ref}|${op}|${date}|${rule}`);
}

export function listDropouts(store: Store, opts: { from?: string; to?: string; operatives?: ReadonlySet<string> } = {}): Dropout[] {
  return findDropouts(indexOf(store), { ...opts, overridden: overrideChecker(store) });
}

const key = (d: Dropout) => `${d.ref}|${d.operative_id}|${d.date}`;

/**
 * One undoable roster/absence change. Drop-outs in the affected operatives and dates are
 * compared before and after; the new ones are returned and recorded as review triggers.
 */
export function mutateRoster<T>(
  store: Store,
  label: string,
  affected: Affected,
  fn: (rec: ChangeRecorder) => T,
): { value: T; dropouts: Dropout[] } {
  const before = new Set(listDropouts(store, affected).map(key));
  return store.history.mutate(label, (rec) => {
    const value = fn(rec);
    const after = findDropouts(new PlanIndex(afterRosterChange(store), store.read.diary()), {
      ...affected,
      overridden: overrideChecker(store),
    });
    const fresh = after.filter((d) => !before.has(key(d)));
    recordReviewTriggers(store, rec, label, fresh);
    return { value, dropouts: fresh };
  }).value;
}

/**
 * The world after a roster or absence write, inside its transaction. The cached world predates
 * the write, so what such writes change (operatives' rows, absences, flags, the roster) is read
 * afresh; jobs, links and deadlines, which they never change, are reused (the costly part).
 */
export function afterRosterChange(store: Store): PlanningWorld {
  const base = worldOf(store);
  const jobs = [...base.jobs.values()];
  return buildWorld({
    jobs,
    operatives: store.read.operatives(),
    absences: store.read.absences(),
    flags: store.read.flags(),
    dependencies: base.dependencies,
    slaDeadlines: new Map(jobs.map((j) => [j.ref, base.slaDeadline(j)])),
    overtimeMin: base.overtimeMin,
    travel: base.travel,
    calendar: base.calendar,
    roster: { patterns: readPatterns(store), days: readOverrides(store) },
  });
}

/** Sends the given placed jobs back to the unscheduled tray as one undoable step. */
export function returnToTray(store: Store, refs: readonly string[], who: string, what = 'dropped-out job'): string[] {
  const unique = [...new Set(refs)];
  const label = `Return ${unique.length} ${what}${unique.length === 1 ? '' : 's'} to the tray`;
  store.history.mutate(label, (rec) => {
    for (const ref of unique) moveWithin(store, rec, { ref, to: null }, who);
  });
  return unique;
}

const REASON_WORDS: Record<Dropout['reason'], string> = {
  absent: 'absent',
  off: 'rostered off',
  'bank-holiday': 'bank holiday',
  'outside-hours': 'outside working hours',
};

// The plan-review panel lists 'absence' triggers as "Operative newly absent": an operative
// dropping out of placed work. Written only where that table exists (schema version 4).
const REVIEW_TABLE = 'review_triggers';

function recordReviewTriggers(store: Store, rec: ChangeRecorder, label: string, dropouts: readonly Dropout[]): void {
  if (dropouts.length === 0 || !(REVIEW_TABLE in TABLES)) return;
  const exists = store.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(REVIEW_TABLE);
  if (!exists) return;
  const byOperative = new Map<string, Dropout[]>();
  for (const d of dropouts) byOperative.set(d.operative_id, [...(byOperative.get(d.operative_id) ?? []), d]);
  for (const [operativeId, list] of byOperative) {
    const refs = [...new Set(list.map((d) => d.ref))];
    const why = [...new Set(list.map((d) => REASON_WORDS[d.reason]))].join(', ');
    rec.put(REVIEW_TABLE as TableName, {
      id: nextTriggerId(store),
      kind: 'absence',
      job_refs: JSON.stringify(refs),
      operative_id: operativeId,
      message: `${label}: ${refs.length} placed job${refs.length === 1 ? '' : 's'} for ${operativeName(store, operativeId)} no longer covered (${why}): ${refs.join(', ')}`,
      raised_at: store.now(),
    });
  }
}

/** Past the highest id in use and ever issued, as the review panel's own triggers do. */
function nextTriggerId(store: Store): number {
  const used = (store.db.prepare(`SELECT COALESCE(MAX(id), 0) AS n FROM ${REVIEW_TABLE}`).get() as { n: number }).n;
  const seq = store.db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').get(REVIEW_TABLE) as { seq: number } | undefined;
  return Math.max(used, seq?.seq ?? 0) + 1;
}
