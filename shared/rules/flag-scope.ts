// Supervisor flag scopes ('trade:GAS', 'competence:HEIGHT', 'area:N1', 'job:J-1001') and
// what each one covers.
import type { Flag, Job } from '../domain/types';

export type ScopeKind = 'trade' | 'competence' | 'area' | 'job';

export interface ScopedFlag {
  flag: Flag;
  kind: ScopeKind;
  value: string;
}

export function parseScope(flag: Flag): ScopedFlag {
  const i = flag.scope.indexOf(':');
  const kind = flag.scope.slice(0, i);
  if (i < 0 || (kind !== 'trade' && kind !== 'competence' && kind !== 'area' && kind !== 'job')) {
    throw new Error(`flag scope "${flag.scope}" is not trade:X, competence:X, area:X or job:REF`);
  }
  return { flag, kind, value: flag.scope.slice(i + 1) };
}

export function scopeMatches(s: ScopedFlag, job: Job): boolean {
  switch (s.kind) {
    case 'trade':
      return job.trade === s.value;
    case 'competence':
      return job.competences.includes(s.value);
    case 'area':
      return job.area === s.value;
    case 'job':
      return job.ref === s.value;
  }
}

/** A flag holds up to and including its review date; no review date means until lifted. */
export function flagInForce(flag: Flag, date: string): boolean {
  return flag.until === null || flag.until >= date; // ISO dates compare as strings
}

/** 'GAS work', 'work needing HEIGHT', 'area N1', 'job J-1001'. */
export function describeScope(s: ScopedFlag): string {
  switch (s.kind) {
    case 'trade':
      return `${s.value} work`;
    case 'competence':
      return `work needing ${s.value}`;
    case 'area':
      return `area ${s.value}`;
    case 'job':
      return `job ${s.value}`;
  }
}
