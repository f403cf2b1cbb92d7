// The rule engine's view of a workspace (shared/rules PlanningWorld), built from the store and
// cached until the store changes. It carries the roster (patterns and per-day overrides), so
// working days and shift hours are the rostered ones. Placement checks in the backend use
// exactly the rule units the board uses in the renderer: one source of truth.
import { buildWorld, DEFAULT_OVERTIME_MIN, PlanIndex, type PlanningWorld } from '../../../shared/rules';
import { deadlineOf } from '../sla/deadlines';
import { slaPolicyOf } from '../sla/policy';
import type { Store } from '../store/store';
import { readOverrides, readPatterns } from '../store/roster';

export const OVERTIME_KEY = 'overtime_min';

const cache = new WeakMap<Store, { version: number; world: PlanningWorld }>();

export function overtimeMinOf(store: Store): number {
  return store.read.setting<number>(OVERTIME_KEY) ?? DEFAULT_OVERTIME_MIN;
}

export function worldOf(store: Store): PlanningWorld {
  // The world does not depend on diary entries: a move keeps it (see Store.worldVersion).
  const version = store.worldVersion;
  const hit = cache.get(store);
  if (hit && hit.version === version) return hit.world;
  const world = loadWorld(store);
  cache.set(store, { version, world });
  return world;
}

/**
 * The world as stored right now, uncached. Inside a transaction it sees the transaction's own
 * writes (the cache does not: `version` moves only on commit), e.g. a roster edit's after-state.
 */
export function loadWorld(store: Store): PlanningWorld {
  const policy = slaPolicyOf(store);
  const jobs = store.read.jobs();
  return buildWorld({
    jobs,
    operatives: store.read.operatives(),
    absences: store.read.absences(),
    flags: store.read.flags(),
    dependencies: store.read.dependencies(),
    slaPolicy: policy,
    slaDeadlines: new Map(jobs.map((j) => [j.ref, deadlineOf(j, policy)])),
    overtimeMin: overtimeMinOf(store),
    roster: { patterns: readPatterns(store), days: readOverrides(store) },
  });
}

/** A PlanIndex over the diary as stored right now (inside a transaction: including its writes). */
export function indexOf(store: Store): PlanIndex {
  return new PlanIndex(worldOf(store), store.read.diary());
}
