// Rebooking deadlines (SLA clock continues or restarts, per outcome), the queue item a failed
// visit opens, and the no-access policy (escalation, categories never cancelled for no access).
import { describe, expect, it } from 'vitest';
import { byDeadline, cancelForNoAccess, rebookingDeadline, rebookingItemFor, type RebookingItem } from '../../../../shared/actuals';
import { SLA, job, policy, visit } from './fixtures';

describe('rebooking deadline: the SLA clock continues or restarts', () => {
  // ROUTINE = 20 working days from the day after raising (Mon 4 Jan 2027) → Mon 1 Feb 2027, 23:59.
  it('continues: the job keeps the deadline it had when raised', () => {
    const failed = visit({ date: '2027-01-20', left: '10:00' });
    expect(rebookingDeadline(job(), failed, 'continue', SLA)).toBe('2027-02-01T23:59');
  });

  it('restarts: the clock starts again when the failed visit ended (working days after that day)', () => {
    // 20 working days after Wed 20 Jan 2027 → Wed 17 Feb 2027.
    expect(rebookingDeadline(job(), visit({ date: '2027-01-20', left: '10:00' }), 'restart', SLA)).toBe('2027-02-17T23:59');
  });

  it('restarts an hours-based target from the time the visit ended, in UK time', () => {
    const emergency = job({ priority: 'EMERGENCY', raised_at: '2027-01-05T07:00:00Z' });
    expect(rebookingDeadline(emergency, visit({ date: '2027-01-05', left: '18:30' }), 'continue', SLA)).toBe('2027-01-06T07:00');
    expect(rebookingDeadline(emergency, visit({ date: '2027-01-05', left: '18:30' }), 'restart', SLA)).toBe('2027-01-06T18:30');
    // Across the clocks going forward (28 Mar 2027): 24 elapsed hours read 1 hour later on the wall clock.
    expect(rebookingDeadline(emergency, visit({ date: '2027-03-27', left: '12:00' }), 'restart', SLA)).toBe('2027-03-28T13:00');
  });

  it('has no deadline when the priority has no SLA target', () => {
    expect(rebookingDeadline(job({ priority: 'COSMETIC' }), visit({}), 'restart', SLA)).toBeNull();
  });

  it('applies the policy per outcome: NO_ACCESS may continue while ABORTIVE restarts', () => {
    const p = policy({ sla_clock: { NO_ACCESS: 'continue', ABORTIVE: 'restart' } });
    const noAccess = rebookingItemFor({
      job: job(),
      visits: [visit({ date: '2027-01-20' })],
      followOnOf: null,
      placement: null,
      policy: p,
      sla: SLA,
    });
    const abortive = rebookingItemFor({
      job: job(),
      visits: [visit({ date: '2027-01-20', outcome: 'ABORTIVE', reason: 'NO_MATERIALS' })],
      followOnOf: null,
      placement: null,
      policy: p,
      sla: SLA,
    });
    expect(noAccess).toMatchObject({ outcome: 'NO_ACCESS', clock: 'continue', deadline: '2027-02-01T23:59' });
    expect(abortive).toMatchObject({ outcome: 'ABORTIVE', clock: 'restart', deadline: '2027-02-17T23:59' });
  });

  it('restarts from the latest failure when a job fails twice', () => {
    const p = policy({ sla_clock: { NO_ACCESS: 'restart' } });
    const item = rebookingItemFor({
      job: job(),
      visits: [visit({ date: '2027-01-25' }), visit({ date: '2027-01-20' })],
      followOnOf: null,
      placement: null,
      policy: p,
      sla: SLA,
    });
    expect(item).toMatchObject({ failed_on: '2027-01-25', attempts: 2, deadline: '2027-02-22T23:59' });
  });
});

describe('the rebooking item a job gets', () => {
  const open = (visits = [visit({})], over = {}) =>
    rebookingItemFor({ job: job(over), visits, followOnOf: null, placement: null, policy: policy(), sla: SLA });

  it('opens for NO_ACCESS and ABORTIVE, with the reason and the attempts so far', () => {
    expect(open()).toMatchObject({ ref: 'J-1', outcome: 'NO_ACCESS', reason: 'NO_ANSWER', attempts: 1, owner: 'planner', booked: null });
  });

  it('closes once a later visit completes or cancels it, whatever came before', () => {
    expect(open([visit({ date: '2027-01-05' }), visit({ date: '2027-01-07', outcome: 'COMPLETED', reason: null })])).toBeNull();
    expect(open([visit({ date: '2027-01-05' }), visit({ date: '2027-01-07', outcome: 'CANCELLED', reason: 'OTHER' })])).toBeNull();
  });

  it('orders visits on one day by arrival, so the last one of the day decides', () => {
    const morning = visit({ date: '2027-01-07', arrived: '08:00', outcome: 'COMPLETED', reason: null });
    const later = visit({ date: '2027-01-07', arrived: '15:00', outcome: 'NO_ACCESS' });
    expect(open([later, morning])).toMatchObject({ outcome: 'NO_ACCESS', failed_on: '2027-01-07' });
  });

  it('is not open for a job that is no longer open, nor for one never visited', () => {
    expect(open([visit({})], { status: 'cancelled' })).toBeNull();
    expect(open([])).toBeNull();
  });

  it('opens for a follow-on job not yet visited, dated by the visit that asked for it', () => {
    const item = rebookingItemFor({
      job: job({ ref: 'J-1-F1' }),
      visits: [],
      followOnOf: { origin_ref: 'J-1', origin_date: '2027-01-06' },
      placement: { operative_id: 'OP-1', date: '2027-01-08' },
      policy: policy(),
      sla: SLA,
    });
    expect(item).toMatchObject({ ref: 'J-1-F1', outcome: 'FURTHER_WORK', failed_on: '2027-01-06', attempts: 0, follow_on_of: 'J-1' });
    expect(item?.booked).toEqual({ operative_id: 'OP-1', date: '2027-01-08' });
  });

  it('queues by deadline, earliest first, items without a deadline last', () => {
    const a = { ref: 'A', deadline: '2027-02-01T23:59', failed_on: '2027-01-05' } as RebookingItem;
    const b = { ref: 'B', deadline: '2027-01-10T23:59', failed_on: '2027-01-06' } as RebookingItem;
    const c = { ref: 'C', deadline: null, failed_on: '2027-01-01' } as RebookingItem;
    expect([a, c, b].sort(byDeadline).map((i) => i.ref)).toEqual(['B', 'A', 'C']);
  });
});

describe('the no-access policy', () => {
  const after = (n: number, over = {}, p = policy()) =>
    rebookingItemFor({
      job: job(over),
      visits: Array.from({ length: n }, (_, i) => visit({ date: `2027-01-${String(5 + i).padStart(2, '0')}` })),
      followOnOf: null,
      placement: null,
      policy: p,
      sla: SLA,
    })!;

  it('escalates to the supervisor after N no-access attempts (default 3)', () => {
    expect(after(2)).toMatchObject({ no_access_attempts: 2, escalated: false, owner: 'planner' });
    expect(after(3)).toMatchObject({ no_access_attempts: 3, escalated: true, owner: 'supervisor' });
    expect(after(1, {}, policy({ no_access: { escalate_after: 1 } }))).toMatchObject({ escalated: true, owner: 'supervisor' });
  });

  it('counts abortive visits as attempts but only no-access visits towards escalation', () => {
    const item = rebookingItemFor({
      job: job(),
      visits: [
        visit({ date: '2027-01-05', outcome: 'ABORTIVE', reason: 'UNSAFE' }),
        visit({ date: '2027-01-06' }),
        visit({ date: '2027-01-07' }),
      ],
      followOnOf: null,
      placement: null,
      policy: policy(),
      sla: SLA,
    })!;
    expect(item).toMatchObject({ attempts: 3, no_access_attempts: 2, escalated: false });
  });

  it('allows cancelling for no access only once escalated', () => {
    expect(cancelForNoAccess(after(2), policy())).toEqual({
      ok: false,
      message: 'J-1 has had 2 no-access visits: it can be cancelled for no access only after 3, once the supervisor has it',
    });
    expect(cancelForNoAccess(after(3), policy())).toEqual({ ok: true });
  });

  it('never cancels EMERGENCY, damp and mould (Awaab’s Law) or gas safety work for no access', () => {
    const cases: [object, string][] = [
      [{ priority: 'EMERGENCY' }, 'EMERGENCY'],
      [{ notes: 'Damp and mould reported by health visitor' }, 'DAMP_MOULD'],
      [{ done_when: 'Black mould treated and extractor fitted' }, 'DAMP_MOULD'],
      [{ trade: 'GAS', competences: ['GAS_SAFE'] }, 'GAS_SAFETY'],
      [{ trade: 'GEN', notes: 'Annual CP12 due' }, 'GAS_SAFETY'],
    ];
    for (const [over, category] of cases) {
      const item = after(5, over);
      expect(item.protected_categories).toContain(category);
      const d = cancelForNoAccess(item, policy());
      expect(d.ok).toBe(false);
      if (!d.ok) expect(d.message).toMatch(new RegExp(`is ${category}.* work: never cancelled for no access`));
    }
  });

  it('follows the editable list: a category taken off it may be cancelled', () => {
    const p = policy({ no_access: { never_cancel: ['EMERGENCY'] } });
    expect(cancelForNoAccess(after(3, { trade: 'GAS' }, p), p)).toEqual({ ok: true });
    const urgent = policy({ no_access: { never_cancel: ['URGENT'] } });
    expect(after(3, { priority: 'URGENT' }, urgent).protected_categories).toEqual(['URGENT']);
  });
});
