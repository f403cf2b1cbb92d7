// Drop-outs in the backend: listing them, running a roster or absence change so that the jobs
// it newly leaves uncovered are reported (and raised for plan review in the same undoable
// step), and sending them back to the tray in one step.
import { ApiError } from '../../../shared/api/errors';
import { findDropouts, type Dropout } from '../../../shared/coverage';
import { toLocal } from '../../../shared/sla/local-time';
import { PlanIndex, worldFromSnapshot, type PlanningWorld } from '../../../shared/rules';
import { moveWithin } from '../planning/moves';
import { readPeopleAndRoster } from '../planning/snapshot';
import { indexOf, snapshotOf } from '../planning/world';
import { overriddenPlacements } from '../store/journal';
import { recordDropouts } from '../review/record';
import type { ChangeRecorder } from '../store/change-recorder';
import type { Store } from '../store/store';

export interface Affected {
  operatives: ReadonlySet<string>;
  from: string;
  to: string;
}

export function listDropouts(store: Store, opts: { from?: string; to?: string; operatives?: ReadonlySet<string> } = {}): Dropout[] {
  return findDropouts(indexOf(store), { ...opts, overridden: overriddenPlacements(store) });
}

/** The API's list: from a date (default today, UK time) to an optional end. */
export function dropoutsFrom(store: Store, from: string | undefined, to: string | undefined): Dropout[] {
  if (from && to && from > to) throw new ApiError('VALIDATION', `from ${from} is after to ${to}`);
  return listDropouts(store, { from: from ?? toLocal(Date.now()).date, to });
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
      overridden: overriddenPlacements(store),
    });
    const fresh = after.filter((d) => !before.has(key(d)));
    recordDropouts(store, rec, label, fresh);
    return { value, dropouts: fresh };
  }).value;
}

/**
 * The world after a roster or absence write, inside its transaction. The cached snapshot predates
 * the write, so what such writes change (operatives' rows, absences, flags, the roster) is read
 * afresh; jobs, links and deadlines, which they never change, are reused (the costly part).
 */
export function afterRosterChange(store: Store): PlanningWorld {
  return worldFromSnapshot({ ...snapshotOf(store), ...readPeopleAndRoster(store) });
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
