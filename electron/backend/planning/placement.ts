// Placing a job in an operative's day while keeping every day densely sequenced (0, 1, 2…).
import type { DiaryEntry } from '../../../shared/domain/types';
import type { ChangeRecorder } from '../store/change-recorder';
import { diaryToRow } from '../store/rows';
import type { Store } from '../store/store';

export interface Placement {
  ref: string;
  operative_id: string;
  date: string;
  start: string | null;
  pinned?: boolean | undefined;
  /** Position in the target day; default: the end. */
  index?: number;
}

/** Places (or moves) one job, keeping both the source and the target day densely sequenced. */
export function placeJob(store: Store, rec: ChangeRecorder, p: Placement): DiaryEntry {
  const previous = store.read.diaryEntry(p.ref);
  const day = store.read.dayRefs(p.operative_id, p.date).filter((r) => r !== p.ref);
  const index = Math.max(0, Math.min(p.index ?? day.length, day.length));
  day.splice(index, 0, p.ref);
  const entry: DiaryEntry = {
    job_ref: p.ref,
    operative_id: p.operative_id,
    date: p.date,
    start: p.start,
    sequence: index,
    pinned: p.pinned ?? previous?.pinned ?? false,
  };
  rec.put('diary_entries', diaryToRow(entry));
  day.forEach((ref, seq) => rec.put('diary_entries', { job_ref: ref, sequence: seq }));
  if (previous && (previous.operative_id !== p.operative_id || previous.date !== p.date)) {
    resequence(store, rec, previous.operative_id, previous.date);
  }
  return entry;
}

export function resequence(store: Store, rec: ChangeRecorder, operativeId: string, date: string): void {
  store.read.dayRefs(operativeId, date).forEach((ref, seq) => rec.put('diary_entries', { job_ref: ref, sequence: seq }));
}
