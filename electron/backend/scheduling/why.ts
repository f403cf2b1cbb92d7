// "Why this operative?" on request: the solver's explanation over the job's week.
import { ApiError } from '../../../shared/api/errors';
import { addDays, dateRange } from '../../../shared/calendar/dates';
import { explainPlacement } from '../../../shared/solver/diary';
import { worldOf } from '../planning/world';
import type { Store } from '../store/store';

export function explainJob(store: Store, ref: string) {
  if (!store.read.job(ref)) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
  const entry = store.read.diaryEntry(ref);
  if (!entry) throw new ApiError('CONFLICT', `${ref} is not placed; auto-schedule explains why a job could not be placed`);
  const world = worldOf(store);
  return explainPlacement(
    world,
    store.read.diary(),
    ref,
    [...world.operatives.values()],
    dateRange(addDays(entry.date, -3), addDays(entry.date, 3)),
  );
}
