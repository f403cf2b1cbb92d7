import { ApiError } from '../../../../shared/api/errors';
import type { JobView } from '../../../../shared/api/views';
import type { DiaryEntry, Job, SlaPolicy } from '../../../../shared/domain/types';
import type { HandlerGroup } from '../types';
import { deadlineOf, slaPolicyOf } from './sla-deadlines';
import { statusReasons } from '../../editing/status-reasons';

const withReason = (v: JobView, reasons: ReadonlyMap<string, string>): JobView => {
  const reason = reasons.get(v.ref);
  return reason === undefined ? v : { ...v, status_reason: reason };
};

export function toJobView(job: Job, entry: DiaryEntry | undefined, policy: SlaPolicy): JobView {
  const placement = entry
    ? { operative_id: entry.operative_id, date: entry.date, start: entry.start, sequence: entry.sequence, pinned: entry.pinned }
    : null;
  return { ...job, sla_deadline: deadlineOf(job, policy), placement };
}

export const jobHandlers: HandlerGroup<'jobs/list' | 'jobs/get'> = {
  'jobs/list': ({ status }, { store }) => {
    const policy = slaPolicyOf(store);
    const byRef = new Map(store.read.diary().map((e) => [e.job_ref, e]));
    const wanted = status ? new Set(status) : null;
    const reasons = statusReasons(store);
    return store.read
      .jobs()
      .filter((j) => !wanted || wanted.has(j.status))
      .map((j) => withReason(toJobView(j, byRef.get(j.ref), policy), reasons));
  },
  'jobs/get': ({ ref }, { store }) => {
    const job = store.read.job(ref);
    if (!job) throw new ApiError('NOT_FOUND', `No job with ref ${ref}`);
    return withReason(toJobView(job, store.read.diaryEntry(ref), slaPolicyOf(store)), statusReasons(store));
  },
};
