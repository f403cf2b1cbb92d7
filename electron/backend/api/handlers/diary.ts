// Diary reads and the basic placement writes. Rule checks on placement arrive with the diary board.
import { ApiError } from '../../../../shared/api/errors';
import type { DiaryEntry } from '../../../../shared/domain/types';
import type { ChangeRecorder } from '../../store/change-recorder';
import { diaryToRow } from '../../store/rows';
import type { Store } from '../../store/store';
import type { HandlerGroup } from '../types';

export const diaryHandlers: HandlerGroup<'diary/list' | 'diary/assign-job' | 'diary/unassign-job'> = {
  'diary/list': ({ from, to }, { store }) => {
    if (from > to) throw new ApiError('VALIDATION', `from ${from} is after to ${to}`);
    return store.read.diary(from, to);
  },
  'diary/assign-job': (input, { store }) => {
    const job = store.read.job(input.ref);
    if (!job) throw new ApiError('NOT_FOUND', `No job with ref ${input.ref}`);
    if (!store.read.operative(input.operative_id)) throw new ApiError('NOT_FOUND', `No operative with id ${input.operative_id}`);
    if (job.status === 'done' || job.status === 'cancelled' || job.status === 'archived') {
      throw new ApiError('CONFLICT', `Job ${job.ref} is ${job.status} and cannot be placed`);
    }
    const { value } = store.history.mutate(`Place ${job.ref} on ${input.operative_id} ${input.date}`, (rec) =>
      placeJob(store, rec, { ref: job.ref, operative_id: input.operative_id, date: input.date, start: input.start ?? null, pinned: input.pinned }),
    );
    store.logJobEvent(job.ref, 'placed', { operative_id: value.operative_id, date: value.date, start: value.start });
    return value;
  },
  'diary/unassign-job': ({ ref }, { store }) => {
    const entry = store.read.diaryEntry(ref);
    if (!entry) throw new ApiError('NOT_FOUND', `Job ${ref} is not in the diary`);
    store.history.mutate(`Unschedule ${ref}`, (rec) => {
      rec.delete('diary_entries', { job_ref: ref });
      resequence(store, rec, entry.operative_id, entry.date);
    });
    store.logJobEvent(ref, 'unscheduled', { from: { operative_id: entry.operative_id, date: entry.date } });
    return { ref };
  },
};

interface Placement {
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
  const day = dayRefs(store, p.operative_id, p.date).filter((r) => r !== p.ref);
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

function dayRefs(store: Store, operativeId: string, date: string): string[] {
  return (
    store.db.prepare('SELECT job_ref FROM diary_entries WHERE operative_id = ? AND date = ? ORDER BY sequence, job_ref').all(operativeId, date) as {
      job_ref: string;
    }[]
  ).map((r) => r.job_ref);
}

export function resequence(store: Store, rec: ChangeRecorder, operativeId: string, date: string): void {
  dayRefs(store, operativeId, date).forEach((ref, seq) => rec.put('diary_entries', { job_ref: ref, sequence: seq }));
}
