// Suggested operatives for a job not stored yet: the New repair dialog's draft, judged as typed
// (issue 13: "the New repair dialog shows suggested operatives"). The draft is read by the same
// checks as jobs/check-draft and judged by the same service as a stored tray job, over the
// shared diary; nothing is written. Its deadline and links are its own, not cached in the
// world (a draft's ref is the next free one, and its priority may change with the next key).
import { ApiError } from '../../../shared/api/errors';
import type { Job } from '../../../shared/domain/types';
import { PlanIndex, type PlanningWorld } from '../../../shared/rules';
import { readJobDraft, type JobFields } from '../editing/job-draft';
import { cachedDiary } from '../planning/plan-cache';
import { worldOf } from '../planning/world';
import { deadlineOf } from '../sla/deadlines';
import { slaPolicyOf } from '../sla/policy';
import type { Store } from '../store/store';
import { judge, type SuggestView } from './suggest-service';

export function suggestForDraft(store: Store, fields: JobFields, date: string | undefined): SuggestView {
  const draft = readJobDraft(store, fields, null);
  if (!draft.job) {
    const first = draft.errors.slice(0, 3).map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));
    throw new ApiError('VALIDATION', `The repair is not complete yet (${first.join('; ')}); nothing to suggest`, { fields: draft.errors });
  }
  const job = draft.job;
  const index = new PlanIndex(withDraft(worldOf(store), job, deadlineOf(job, slaPolicyOf(store))), cachedDiary(store));
  return judge(store, index, job, { date });
}

/** The stored world plus the draft's own deadline and links (a view: the shared world is not changed). */
function withDraft(world: PlanningWorld, job: Job, deadline: string | null): PlanningWorld {
  const slaDeadline = (j: Job) => (j.ref === job.ref ? deadline : world.slaDeadline(j));
  if (job.depends_on.length === 0) return { ...world, slaDeadline };
  const links = job.depends_on.map((l) => ({ pred_ref: l.ref, succ_ref: job.ref, lag_min: l.lag_min }));
  const successorsOf = new Map(world.successorsOf);
  for (const d of links) successorsOf.set(d.pred_ref, [...(successorsOf.get(d.pred_ref) ?? []), d]);
  return {
    ...world,
    slaDeadline,
    dependencies: [...world.dependencies, ...links],
    predecessorsOf: new Map(world.predecessorsOf).set(job.ref, links),
    successorsOf,
    linked: new Set([...world.linked, job.ref, ...links.map((d) => d.pred_ref)]),
  };
}
