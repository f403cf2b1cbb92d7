// A stored move applied to the board's own data, as the backend applied it (planning/placement.ts
// placeJob: the job at its stored position, the rest of that day and of the day it left
// re-sequenced densely), so the board need not load everything again after its own drop. Only
// valid while the data was the stored diary just before the move: the board checks the store's
// version afterwards and loads afresh when anything else was written (useBoardResource.ts).
import type { DiaryEntry } from '../../../../../shared/domain/types';
import type { JobView } from '../../../../../shared/api/views';
import type { BoardData } from '../boardModel';

/** Data made by applyStoredMoves → the data it was made from (only placements differ). */
const derived = new WeakMap<BoardData, BoardData>();

/** True when `data` is `base` with stored moves applied: nothing but placements differ. */
export function onlyPlacementsChanged(data: BoardData, base: BoardData): boolean {
  return derived.get(data) === base;
}

export interface StoredMove {
  ref: string;
  /** Where the backend put it (null: back in the tray). */
  entry: DiaryEntry | null;
}

const dayKey = (e: Pick<DiaryEntry, 'operative_id' | 'date'>) => `${e.operative_id}\u0000${e.date}`;

const byDiaryOrder = (a: DiaryEntry, b: DiaryEntry) =>
  a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : a.operative_id < b.operative_id
        ? -1
        : a.operative_id > b.operative_id
          ? 1
          : a.sequence - b.sequence;

/** `data` with the moves applied in order, one write later (version + 1); null if a move does not fit it. */
export function applyStoredMoves(data: BoardData, moves: readonly StoredMove[]): BoardData | null {
  const byRef = new Map(data.entries.map((e) => [e.job_ref, e]));
  const touched = new Set<string>();
  const day = (key: string) => [...byRef.values()].filter((e) => dayKey(e) === key).sort((a, b) => a.sequence - b.sequence);
  const resequence = (list: DiaryEntry[]) =>
    list.forEach((e, seq) => {
      if (e.sequence === seq) return;
      byRef.set(e.job_ref, { ...e, sequence: seq });
      touched.add(e.job_ref);
    });
  for (const { ref, entry } of moves) {
    const before = byRef.get(ref);
    if (!entry && !before) return null;
    byRef.delete(ref);
    touched.add(ref);
    if (entry) {
      const list = day(dayKey(entry));
      if (entry.sequence > list.length) return null;
      list.splice(entry.sequence, 0, entry);
      byRef.set(ref, entry);
      resequence(list);
    }
    if (before && (!entry || dayKey(before) !== dayKey(entry))) resequence(day(dayKey(before)));
  }
  const jobs = data.jobs.map((j): JobView => {
    if (!touched.has(j.ref)) return j;
    const e = byRef.get(j.ref);
    return {
      ...j,
      placement: e ? { operative_id: e.operative_id, date: e.date, start: e.start, sequence: e.sequence, pinned: e.pinned } : null,
    };
  });
  if (moves.some((m) => !data.jobs.some((j) => j.ref === m.ref))) return null;
  const next = { ...data, entries: [...byRef.values()].sort(byDiaryOrder), jobs, version: data.version + 1 };
  derived.set(next, data);
  return next;
}
