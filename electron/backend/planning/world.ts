// The rule engine's view of a workspace (shared/rules PlanningWorld), read by readPlanningWorld
// and built by the same worldFromSnapshot the board and the scheduler use, cached until the store
// changes. It carries the roster, so working days and shift hours are the rostered ones.
import { PlanIndex, worldFromSnapshot, type PlanningSnapshot, type PlanningWorld } from '../../../shared/rules';
import type { Store } from '../store/store';
import { readPlanningWorld } from './snapshot';

const cache = new WeakMap<Store, { version: number; snapshot: PlanningSnapshot; world: PlanningWorld }>();

function cached(store: Store) {
  // The world does not depend on diary entries: a move keeps it (see Store.worldVersion).
  const version = store.worldVersion;
  const hit = cache.get(store);
  if (hit && hit.version === version) return hit;
  // Deadlines are computed when a verdict first asks for one (snapshot.ts ReadOptions).
  const snapshot = readPlanningWorld(store, undefined, undefined, { deadlines: false });
  const fresh = { version, snapshot, world: worldFromSnapshot(snapshot) };
  cache.set(store, fresh);
  return fresh;
}

export function worldOf(store: Store): PlanningWorld {
  return cached(store).world;
}

/** The snapshot worldOf was built from (as of the last commit: see loadWorld inside a transaction). */
export function snapshotOf(store: Store): PlanningSnapshot {
  return cached(store).snapshot;
}

/**
 * The world as stored right now, uncached. Inside a transaction it sees the transaction's own
 * writes (the cache does not: `version` moves only on commit), e.g. a roster edit's after-state.
 */
export function loadWorld(store: Store): PlanningWorld {
  return worldFromSnapshot(readPlanningWorld(store));
}

/** A PlanIndex over the diary as stored right now (inside a transaction: including its writes). */
export function indexOf(store: Store): PlanIndex {
  return new PlanIndex(worldOf(store), store.read.diary());
}
