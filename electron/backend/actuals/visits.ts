// A job's visit record: every recorded visit, corrected rows included (the evidence of attempts).
import { ApiError } from '../../../shared/api/errors';
import { actualHistory } from '../store/actuals/actual-rows';
import type { Store } from '../store/store';

export function jobVisits(store: Store, ref: string) {
  if (!store.read.job(ref)) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
  return actualHistory(store, ref).map((a) => ({
    id: a.id,
    version: a.version_in_force,
    operative_id: a.operative_id,
    date: a.date,
    arrived: a.arrived,
    left: a.left,
    outcome: a.outcome,
    reason: a.reason,
    follow_on_trade: a.follow_on_trade,
    follow_on_minutes: a.follow_on_minutes,
    notes: a.notes,
    source: a.source,
    recorded_at: a.recorded_at,
    recorded_by: a.recorded_by,
    superseded_by: a.superseded_by,
  }));
}
