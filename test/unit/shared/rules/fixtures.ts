// Small hand-made worlds for rule tests: one operative, a few jobs, a fixed travel time.
import type { Absence, DiaryEntry, Flag, Job, Operative } from '../../../../shared/domain/types';
import type { LatLon, TravelModel } from '../../../../shared/travel/model';
import { testWorld, type WorldParts } from './test-world';
import { evaluatePlacement } from '../../../../shared/rules/evaluate';
import type { PlacementOptions, PlacementResult } from '../../../../shared/rules/plan-index';
import type { Violation } from '../../../../shared/rules/types';

/** Tuesday 5 Jan 2027: an ordinary working day. */
export const TUE = '2027-01-05';

export function operative(over: Partial<Operative> = {}): Operative {
  return {
    id: 'ali',
    name: 'Ali',
    trades: [{ trade: 'GAS', proficiency: 3 }],
    competences: [],
    start_lat: 51.5,
    start_lon: -0.1,
    shift_start: '08:00',
    shift_end: '16:00',
    working_days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
    areas: [],
    ...over,
  };
}

/** An operative's trades from levels: `skills({ GAS: 2, PLUMB: 4 })`. */
export function skills(levels: Record<string, number>): Operative['trades'] {
  return Object.entries(levels).map(([trade, proficiency]) => ({ trade, proficiency }));
}

/** A flag of kind `flag` on an operative: on GAS work, no review date, set by Sue, unless `over` says otherwise. */
export function flagOn(operative_id: string, flag: Flag['flag'], over: Partial<Flag> = {}): Flag {
  return { operative_id, flag, scope: 'trade:GAS', until: null, owner: 'Sue', note: '', ...over };
}

/** Annual leave for an operative on TUE, unless `over` says otherwise. */
export function absenceOf(operative_id: string, over: Partial<Absence> = {}): Absence {
  return { operative_id, from: TUE, to: TUE, reason: 'annual leave', kind: 'leave', ...over };
}

let n = 0;
export function job(over: Partial<Job> = {}): Job {
  n++;
  return {
    ref: `J-${n}`,
    address: `${n} High Street`,
    lat: 51.5 + n * 0.001,
    lon: -0.1,
    area: 'N1',
    trade: 'GAS',
    min_proficiency: 1,
    competences: [],
    priority: 'ROUTINE',
    raised_at: '2027-01-04T09:00',
    duration_min: 60,
    window: 'ALL',
    depends_on: [],
    impact: 3,
    effort: 3,
    owner: 'Pat',
    done_when: 'Fixed',
    notes: '',
    status: 'open',
    ...over,
  };
}

/** Every journey between different places takes `min` minutes: easy arithmetic in tests. */
export function fixedTravel(min: number): TravelModel {
  const same = (a: LatLon, b: LatLon): boolean => a.lat === b.lat && a.lon === b.lon;
  return { minutes: (a, b) => (same(a, b) ? 0 : min), km: (a, b) => (same(a, b) ? 0 : min / 2) };
}

export interface Scenario {
  job: Job;
  operative?: Operative;
  date?: string;
  /** Other jobs and data; the job and operative under test are added automatically. */
  world?: WorldParts;
  diary?: DiaryEntry[];
  opts?: PlacementOptions;
  /** Minutes per journey (default 15). */
  travelMin?: number;
}

export function place(s: Scenario): PlacementResult {
  const op = s.operative ?? operative();
  const w = s.world ?? {};
  const world = testWorld({
    travel: fixedTravel(s.travelMin ?? 15),
    ...w,
    jobs: [s.job, ...(w.jobs ?? [])],
    operatives: [op, ...(w.operatives ?? [])],
  });
  return evaluatePlacement(s.job, op, s.date ?? TUE, world, s.diary ?? [], s.opts ?? {});
}

/** The violations one rule raised for the scenario. */
export function violations(ruleId: string, s: Scenario): Violation[] {
  return place(s).violations.filter((v) => v.ruleId === ruleId);
}

export function entry(job_ref: string, sequence: number, over: Partial<DiaryEntry> = {}): DiaryEntry {
  return { job_ref, operative_id: 'ali', date: TUE, start: null, sequence, pinned: false, ...over };
}
