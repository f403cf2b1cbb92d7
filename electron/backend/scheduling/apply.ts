// Applies an accepted auto-schedule as one undoable step: only entries that differ are written.
import type { DiaryEntry } from '../../../shared/domain/types';
import { diaryToRow } from '../store/rows';
import type { Store } from '../store/store';

export function applySchedule(store: Store, after: DiaryEntry[], label: string): { written: number; removed: number } {
  const before = new Map(store.read.diary().map((e) => [e.job_ref, e]));
  const next = new Map(after.map((e) => [e.job_ref, e]));
  let written = 0;
  let removed = 0;
  store.history.mutate(label, (rec) => {
    for (const [ref] of before) {
      if (!next.has(ref)) {
        rec.delete('diary_entries', { job_ref: ref });
        removed++;
      }
    }
    for (const e of after) {
      if (rec.put('diary_entries', diaryToRow(e))) written++;
    }
  });
  for (const e of after) {
    const b = before.get(e.job_ref);
    if (!b) store.logJobEvent(e.job_ref, 'placed', { by: 'auto-schedule', to: { operative_id: e.operative_id, date: e.date } });
    else if (b.operative_id !== e.operative_id || b.date !== e.date) {
      store.logJobEvent(e.job_ref, 'moved', {
        by: 'auto-schedule',
        from: { operative_id: b.operative_id, date: b.date },
        to: { operative_id: e.operative_id, date: e.date },
      });
    }
  }
  return { written, removed };
}
