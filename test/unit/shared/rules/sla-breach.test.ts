import { describe, expect, it } from 'vitest';
import { job, place, violations } from './fixtures';

describe('sla-breach', () => {
  const emergency = (): ReturnType<typeof job> => job({ priority: 'EMERGENCY', raised_at: '2027-01-05T08:00' }); // due 6 Jan 08:00

  it('silent when finishing before the deadline', () => {
    expect(violations('sla-breach', { job: emergency(), date: '2027-01-05' })).toEqual([]);
    expect(violations('sla-breach', { job: job({ priority: 'ROUTINE' }), date: '2027-01-08' })).toEqual([]);
  });

  it('warns when finishing after the deadline, naming finish, deadline and priority', () => {
    const j = emergency();
    const r = place({ job: j, date: '2027-01-06' }); // 08:15–09:15
    expect(r.violations).toEqual([
      {
        ruleId: 'sla-breach',
        severity: 'soft',
        reason: `${j.ref} would finish 6 Jan 2027 09:15, after its SLA deadline 6 Jan 2027 08:00 (EMERGENCY)`,
      },
    ]);
    expect(r.status).toBe('warn');
  });

  it('finishing exactly on the deadline is on time', () => {
    const j = job({ priority: 'EMERGENCY', raised_at: '2027-01-05T09:15' }); // due 6 Jan 09:15
    expect(violations('sla-breach', { job: j, date: '2027-01-06' })).toEqual([]);
  });

  it('a deadline on an earlier day is breached whatever the time', () => {
    const j = emergency();
    expect(violations('sla-breach', { job: j, date: '2027-01-08' })[0]?.reason).toContain('after its SLA deadline 6 Jan 2027 08:00');
  });

  it('uses a stored deadline when given, and skips jobs without one', () => {
    const j = job({ priority: 'ROUTINE' });
    const slaDeadlines = new Map([[j.ref, '2027-01-05T09:00']]);
    expect(violations('sla-breach', { job: j, world: { slaDeadlines } })[0]?.reason).toBe(
      `${j.ref} would finish 5 Jan 2027 09:15, after its SLA deadline 5 Jan 2027 09:00 (ROUTINE)`,
    );
    expect(violations('sla-breach', { job: job({ priority: 'COSMETIC' }) })).toEqual([]); // no target in the policy
  });
});
