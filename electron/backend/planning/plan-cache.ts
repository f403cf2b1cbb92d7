// The diary and a PlanIndex over it, remembered until the store changes (Store.version moves
// with every write, ours or another process's). Reading 4,000 diary rows costs more than a
// whole suggestion, and the index keeps each operative-day's timed plan once computed: read
// paths asked many times per diary state (suggestions, the board's questions) reuse them.
import type { DiaryEntry } from '../../../shared/domain/types';
import { PlanIndex } from '../../../shared/rules';
import type { Store } from '../store/store';
import { worldOf } from './world';

const cache = new WeakMap<Store, { version: number; diary: readonly DiaryEntry[]; index: PlanIndex | null }>();

function entry(store: Store) {
  const version = store.version;
  let hit = cache.get(store);
  if (!hit || hit.version !== version) {
    hit = { version, diary: store.read.diary(), index: null };
    cache.set(store, hit);
  }
  return hit;
}

/** The stored diary (do not mutate: it is shared until the next write). */
export function cachedDiary(store: Store): readonly DiaryEntry[] {
  return entry(store).diary;
}

/** A PlanIndex over the stored world and diary, shared until the next write. Outside a write's transaction only. */
export function cachedIndex(store: Store): PlanIndex {
  const e = entry(store);
  return (e.index ??= new PlanIndex(worldOf(store), e.diary));
}
