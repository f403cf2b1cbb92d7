// Writes a generated demo data set into an empty workspace as one undoable step.
import type { SeedData } from '../../../shared/seed/generate';
import { absenceToRow, diaryToRow, flagToRow, jobToRow, operativeToRow } from '../store/rows';
import type { Store } from '../store/store';

export type { SeedData };

export function writeSeed(store: Store, data: SeedData, label: string): void {
  const existing = store.read.count('jobs') + store.read.count('operatives');
  if (existing > 0)
    throw new Error(
      `${store.file} already holds data (${store.read.count('operatives')} operatives, ${store.read.count('jobs')} jobs); seed into a new --db file`,
    );
  store.history.mutate(label, (rec) => {
    for (const o of data.operatives) rec.put('operatives', operativeToRow(o));
    for (const j of data.jobs) rec.put('jobs', jobToRow(j));
    for (const j of data.jobs)
      for (const d of j.depends_on) rec.put('dependencies', { pred_ref: d.ref, succ_ref: j.ref, lag_min: d.lag_min });
    for (const a of data.absences) rec.insertWithId('absences', absenceToRow(a));
    for (const f of data.flags) rec.insertWithId('flags', flagToRow(f));
    for (const e of data.diary) rec.put('diary_entries', diaryToRow(e));
  });
}
