// The diary and a PlanIndex over it, remembered until the store changes (Store.version moves
// with every write, ours or another process's). Reading 4,000 diary rows costs more than a
// whole suggestion, and the index keeps each operative-day's timed plan once computed: read
// paths asked many times per diary state (suggestions, the board's questions) reuse them.
// A move carries the cached diary forward with its own row changes (carryDiary), so neither
// the board's reload nor the next drop reads the whole diary again.
import type { DiaryEntry } from '../../../shared/domain/types';
import { byDiaryOrder } from '../../../shared/plan';
import { PlanIndex } from '../../../shared/rules';
import type { RowChange } from '../store/change-recorder';
import { rowToDiary } from '../store/rows';
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

/**
 * A PlanIndex over the stored world and diary, shared until the next write. Outside a write's
 * transaction, or inside one before it has written anything (the cache is as of the last
 * commit, which is then still the diary as it stands).
 */
export function cachedIndex(store: Store): PlanIndex {
  const e = entry(store);
  return (e.index ??= new PlanIndex(worldOf(store), e.diary));
}

/**
 * After a committed write whose only diary effect is `changes`: when the cache held the diary
 * as of `before` (the version inside that write's transaction) and nothing else has committed
 * since, apply the row changes to it instead of re-reading the table. Otherwise do nothing:
 * the next read re-reads.
 */
export function carryDiary(store: Store, before: number, changes: readonly RowChange[]): void {
  const hit = cache.get(store);
  if (!hit || hit.version !== before) return;
  // Exactly our one commit since: another process's commit would move the version further.
  const after = store.version;
  if (after !== before + 1) return;
  const byRef = new Map(hit.diary.map((e) => [e.job_ref, e]));
  for (const c of changes) {
    if (c.t !== 'diary_entries') continue;
    if (c.b) byRef.delete(c.b.job_ref as string);
    if (c.a) byRef.set(c.a.job_ref as string, rowToDiary(c.a));
  }
  cache.set(store, { version: after, diary: [...byRef.values()].sort(byDiaryOrder), index: null });
}
