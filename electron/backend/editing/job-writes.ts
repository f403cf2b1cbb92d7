// New repairs and job edits from the app and the CLI: each one undoable step, logged in the job's
// history with who and when. An edit reports the placements it newly blocks (its own, its
// operative-day's, its linked jobs').
import { ApiError } from '../../../shared/api/errors';
import { jobToRecord } from '../../../shared/csv';
import type { JobView } from '../../../shared/api/views';
import type { Job } from '../../../shared/domain/types';
import { toJobView } from '../api/handlers/jobs';
import { slaPolicyOf } from '../api/handlers/sla-deadlines';
import { recordScopeChange } from '../review/record';
import type { ChangeRecorder } from '../store/change-recorder';
import { jobToRow } from '../store/rows';
import type { Store } from '../store/store';
import { mutateReportingBlocked, type BlockedPlacement } from './blocked';
import { logJobChange } from './events';
import { fieldFailure } from './field-errors';
import { readJobDraft, type JobFields } from './job-draft';
import { statusReasonOf } from './status-reasons';

export function jobView(store: Store, ref: string): JobView {
  const view = toJobView(store.read.job(ref)!, store.read.diaryEntry(ref), slaPolicyOf(store));
  const reason = statusReasonOf(store, ref);
  return reason === undefined ? view : { ...view, status_reason: reason };
}

export function createJob(store: Store, fields: JobFields, who: string): { job: JobView } {
  const draft = readJobDraft(store, fields, null);
  if (!draft.job) throw fieldFailure(`New job ${draft.record.ref || ''}`.trim(), draft.errors);
  const job = draft.job;
  store.history.mutate(`New job ${job.ref} (${job.priority} ${job.trade})`, (rec) => {
    rec.put('jobs', jobToRow(job));
    writeLinks(rec, job, []);
    logJobChange(store, job.ref, 'created', { fields: draft.record }, who);
  });
  return { job: jobView(store, job.ref) };
}

export function updateJob(
  store: Store,
  ref: string,
  fields: JobFields,
  who: string,
): { job: JobView; changed: string[]; blocked: BlockedPlacement[] } {
  const base = store.read.job(ref);
  if (!base) throw new ApiError('NOT_FOUND', `No job with ref ${ref}; nothing was changed`);
  const draft = readJobDraft(store, fields, base);
  if (!draft.job) throw fieldFailure(`Job ${ref} not changed`, draft.errors);
  const job = draft.job;
  if (draft.changed.length === 0) return { job: jobView(store, ref), changed: [], blocked: [] };
  const was = jobToRecord(base);
  const changes = Object.fromEntries(draft.changed.map((c) => [c, { from: was[c], to: draft.record[c].trim() }]));
  const { blocked } = mutateReportingBlocked(store, `Edit ${ref}: ${draft.changed.join(', ')}`, 'all', who, { refs: [ref] }, (rec) => {
    recordScopeChange(store, rec, base, job); // plan-review trigger when a placed job's scope changes
    rec.put('jobs', jobToRow(job));
    writeLinks(
      rec,
      job,
      base.depends_on.map((d) => d.ref),
    );
    logJobChange(store, ref, 'edited', { changes }, who);
  });
  return { job: jobView(store, ref), changed: draft.changed, blocked };
}

/** The job's depends_on replaces its incoming links (as a re-import does). */
function writeLinks(rec: ChangeRecorder, job: Job, current: readonly string[]): void {
  const wanted = new Set(job.depends_on.map((d) => d.ref));
  for (const pred of current) if (!wanted.has(pred)) rec.delete('dependencies', { pred_ref: pred, succ_ref: job.ref });
  for (const d of job.depends_on) rec.put('dependencies', { pred_ref: d.ref, succ_ref: job.ref, lag_min: d.lag_min });
}
