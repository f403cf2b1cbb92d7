// Job categories for the no-access policy ("never cancelled for no access"). A code in the
// policy's list matches a job when it is:
//   - the job's priority category (EMERGENCY, URGENT, ...), or one of its required competences;
//   - DAMP_MOULD (Awaab's Law): the priority is DAMP_MOULD, the job requires a DAMP_MOULD
//     competence, or its notes or definition of done mention damp, mould/mold or condensation;
//   - GAS_SAFETY: the job is GAS trade work or requires the GAS_SAFE competence, or its notes or
//     definition of done mention a gas safety check (CP12, LGSR).
import type { Job } from '../domain/types';

export type CategoryJob = Pick<Job, 'priority' | 'trade' | 'competences' | 'notes' | 'done_when'>;

const DAMP = /\b(damp|mou?ld|mouldy|condensation)\b/i;
const GAS_SAFETY_TEXT = /\bgas safety\b|\bCP12\b|\bLGSR\b/i;

/** Every category code this job belongs to (sorted, no repeats). */
export function jobCategories(job: CategoryJob): string[] {
  const out = new Set<string>([job.priority, ...job.competences]);
  const text = `${job.notes}\n${job.done_when}`;
  if (job.priority === 'DAMP_MOULD' || job.competences.includes('DAMP_MOULD') || DAMP.test(text)) out.add('DAMP_MOULD');
  if (job.trade === 'GAS' || job.competences.includes('GAS_SAFE') || GAS_SAFETY_TEXT.test(text)) out.add('GAS_SAFETY');
  return [...out].sort();
}

/** The policy's protected categories this job falls in (empty: it may be cancelled for no access). */
export function protectedCategories(job: CategoryJob, neverCancel: readonly string[]): string[] {
  const mine = new Set(jobCategories(job));
  return neverCancel.filter((c) => mine.has(c));
}
