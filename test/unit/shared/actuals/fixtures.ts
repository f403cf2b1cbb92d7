// Small builders for the actuals unit tests.
import { DEFAULT_ACTUALS_POLICY, type ActualsPolicy, type RebookingJob, type VisitRecord } from '../../../../shared/actuals';
import { DEFAULT_SLA_POLICY } from '../../../../shared/domain/schemas';

export const SLA = DEFAULT_SLA_POLICY;

export function job(over: Partial<RebookingJob> = {}): RebookingJob {
  return {
    ref: 'J-1',
    status: 'open',
    priority: 'ROUTINE',
    trade: 'PLUMB',
    competences: [],
    notes: '',
    done_when: 'Leak fixed',
    raised_at: '2027-01-04T09:00:00Z', // Mon 4 Jan 2027
    ...over,
  };
}

let nextId = 1;
export function visit(over: Partial<VisitRecord>): VisitRecord {
  return {
    id: nextId++,
    ref: 'J-1',
    date: '2027-01-05',
    arrived: '09:00',
    left: '09:10',
    outcome: 'NO_ACCESS',
    reason: 'NO_ANSWER',
    ...over,
  };
}

export function policy(
  over: { sla_clock?: Partial<ActualsPolicy['sla_clock']>; no_access?: Partial<ActualsPolicy['no_access']> } = {},
): ActualsPolicy {
  return {
    ...DEFAULT_ACTUALS_POLICY,
    sla_clock: { ...DEFAULT_ACTUALS_POLICY.sla_clock, ...over.sla_clock },
    no_access: { ...DEFAULT_ACTUALS_POLICY.no_access, ...over.no_access },
  };
}
