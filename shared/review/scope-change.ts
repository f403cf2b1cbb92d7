// Review trigger: the scope of a job already in the diary changed (its duration, trade or
// competences), so the slot it holds may no longer fit or may need another operative.
import type { Job } from '../domain/types';

export type ScopeFields = Pick<Job, 'duration_min' | 'trade' | 'competences' | 'min_proficiency'>;

/** Plain descriptions of what changed, e.g. 'duration 60 → 90 min'; empty when nothing did. */
export function scopeChanges(before: ScopeFields, after: ScopeFields): string[] {
  const out: string[] = [];
  if (before.duration_min !== after.duration_min) out.push(`duration ${before.duration_min} → ${after.duration_min} min`);
  if (before.trade !== after.trade || before.min_proficiency !== after.min_proficiency) {
    out.push(`trade ${before.trade} ≥${before.min_proficiency} → ${after.trade} ≥${after.min_proficiency}`);
  }
  const was = [...before.competences].sort().join(', ');
  const now = [...after.competences].sort().join(', ');
  if (was !== now) out.push(`competences ${was || 'none'} → ${now || 'none'}`);
  return out;
}
