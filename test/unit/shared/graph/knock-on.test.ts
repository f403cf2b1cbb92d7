import { describe, expect, it } from 'vitest';
import { knockOn, localToAbs } from '../../../../shared/graph';
import { PlanIndex } from '../../../../shared/rules/plan-index';
import { testWorld } from '../rules/test-world';
import { fixedTravel, job, operative } from '../rules/fixtures';

const at = (local: string) => localToAbs(local);
const entry = (job_ref: string, operative_id: string, date: string, start: string | null = null, sequence = 0) => ({
  job_ref,
  operative_id,
  date,
  start,
  sequence,
  pinned: false,
});

// A (Ali, Tue 08:15–09:15) → B (Bob, Tue 13:00–14:00, +60 lag) → D (Bob, Wed 09:00–10:00)
// A → C (unscheduled, 30 min). D is URGENT-ish: its deadline is set through slaDeadlines.
function plan(deadlineD = '2027-01-06T12:00') {
  const jobs = [
    job({ ref: 'A', duration_min: 60 }),
    job({ ref: 'B', duration_min: 60 }),
    job({ ref: 'C', duration_min: 30 }),
    job({ ref: 'D', duration_min: 60 }),
    job({ ref: 'LONE', duration_min: 60 }),
  ];
  const world = testWorld({
    jobs,
    operatives: [operative({ id: 'ali' }), operative({ id: 'bob' })],
    travel: fixedTravel(15),
    dependencies: [
      { pred_ref: 'A', succ_ref: 'B', lag_min: 60 },
      { pred_ref: 'B', succ_ref: 'D', lag_min: 0 },
      { pred_ref: 'A', succ_ref: 'C', lag_min: 0 },
    ],
    slaDeadlines: new Map([
      ['D', deadlineD],
      ['A', null],
      ['B', null],
      ['C', null],
      ['LONE', null],
    ]),
  });
  return new PlanIndex(world, [
    entry('A', 'ali', '2027-01-05'),
    entry('B', 'bob', '2027-01-05', '13:00'),
    entry('D', 'bob', '2027-01-06', '09:00'),
    entry('LONE', 'ali', '2027-01-05', null, 1),
  ]);
}

describe('knockOn', () => {
  it('a booked successor does not slip while the move stays within its slack', () => {
    // A may end as late as 12:00 (B at 13:00 less 60 lag): start 10:30 → end 11:30. B and D hold;
    // unscheduled C follows A as soon as possible, so its earliest start moves 09:15 → 11:30.
    expect(knockOn(plan(), 'A', at('2027-01-05T10:30'), { planStartAbs: at('2027-01-05T08:00') })).toEqual([
      expect.objectContaining({ ref: 'C', slip_min: 135, breaches_sla: false }),
    ]);
  });

  it('names each successor that slips, predecessors first, with minutes and SLA breaches', () => {
    // A to 15:00–16:00: B can start 17:00 (slip 240), D is booked Wed 09:00 so it holds.
    const effects = knockOn(plan(), 'A', at('2027-01-05T15:00'), { planStartAbs: at('2027-01-05T08:00') });
    expect(effects.map((x) => [x.ref, x.slip_min, x.breaches_sla])).toEqual([
      ['B', 240, false],
      ['C', 405, false],
    ]);
    // Moving A to Wed 08:00: B starts Wed 10:00, D Wed 11:00–12:00 — on its deadline, not past it.
    const wed = knockOn(plan(), 'A', at('2027-01-06T08:00'), { planStartAbs: at('2027-01-05T08:00') });
    expect(wed.find((x) => x.ref === 'D')).toMatchObject({ slip_min: 120, new_end_abs: at('2027-01-06T12:00'), breaches_sla: false });
    // One minute later D breaches, which it did not before.
    const late = knockOn(plan(), 'A', at('2027-01-06T08:01'), { planStartAbs: at('2027-01-05T08:00') });
    expect(late.find((x) => x.ref === 'D')).toMatchObject({
      slip_min: 121,
      deadline_abs: at('2027-01-06T12:00'),
      breaches_sla: true,
      newly_breached: true,
    });
  });

  it('a move earlier, or a job without successors, affects nobody', () => {
    expect(knockOn(plan(), 'B', at('2027-01-05T11:00'))).toEqual([]);
    expect(knockOn(plan(), 'D', at('2027-01-08T09:00'))).toEqual([]);
    expect(knockOn(plan(), 'LONE', at('2027-01-08T09:00'))).toEqual([]);
  });

  it('takes an explicit new end (e.g. the preview visit’s end)', () => {
    const effects = knockOn(plan(), 'B', at('2027-01-05T14:00'), { newEndAbs: at('2027-01-06T09:30') });
    expect(effects).toEqual([expect.objectContaining({ ref: 'D', slip_min: 30, new_start_abs: at('2027-01-06T09:30') })]);
  });
});
