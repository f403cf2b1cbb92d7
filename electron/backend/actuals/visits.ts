// A job's visit record: every recorded visit, corrected rows included (the evidence of attempts).
import { ApiError } from '../../../shared/api/errors';
import { actualHistory } from '../store/actuals/actual-rows';
import type { Store } from '../store/store';

export function jobVisits(store: Store, ref: string) {
  if (!store.read.job(ref)) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
  // The stored row less the job ref and the version the file gave: `version` is the one in force.
  return actualHistory(store, ref).map(({ id, ref: _ref, version: _given, version_in_force, ...visit }) => ({
    id,
    version: version_in_force,
    ...visit,
  }));
}
