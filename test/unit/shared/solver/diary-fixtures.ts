// Random small planning worlds for the scheduler's property tests (own generator, so these
// tests do not depend on other suites' fixtures).
import fc from 'fast-check';
import type { Absence, DiaryEntry, Flag, Job, Operative } from '../../../../shared/domain/types';
import type { ScheduleInput } from '../../../../shared/solver/diary/types';
import { testWorld } from '../rules/test-world';

export const DATES = ['2027-01-04', '2027-01-05', '2027-01-06'];
const TRADES = ['GAS', 'ELEC', 'PLUMB'];
const WINDOWS = ['ALL', 'ALL', 'AM', 'PM', '09:00-11:00', '13:00-15:00'];
const PRIORITIES = ['EMERGENCY', 'URGENT', 'ROUTINE', 'PLANNED'];

export interface TinyWorld {
  operatives: Operative[];
  jobs: Job[];
  absences: Absence[];
  flags: Flag[];
  diary: DiaryEntry[];
}

const opArb = (i: number): fc.Arbitrary<Operative> =>
  fc
    .record({
      trades: fc.subarray(TRADES, { minLength: 1 }),
      level: fc.integer({ min: 1, max: 3 }),
      gasSafe: fc.constantFrom<(string | null)[]>(null, '2030-01-01', '2027-01-05'),
      lat: fc.double({ min: 51.45, max: 51.55, noNaN: true }),
      lon: fc.double({ min: -0.2, max: 0, noNaN: true }),
      shift: fc.constantFrom(['08:00', '16:00'], ['07:00', '15:00'], ['09:00', '17:00']),
      areas: fc.constantFrom<string[][]>([], [], ['N1']),
    })
    .map((o) => ({
      id: `OP${i}`,
      name: `Operative ${i}`,
      trades: o.trades.map((trade) => ({ trade, proficiency: o.level })),
      competences: o.gasSafe === null ? [] : [{ code: 'GAS_SAFE', expires: o.gasSafe }],
      start_lat: o.lat,
      start_lon: o.lon,
      shift_start: o.shift[0]!,
      shift_end: o.shift[1]!,
      working_days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
      areas: o.areas,
    }));

const jobArb = (i: number): fc.Arbitrary<Job> =>
  fc
    .record({
      trade: fc.constantFrom(...TRADES),
      level: fc.integer({ min: 1, max: 3 }),
      gasSafe: fc.boolean(),
      lat: fc.double({ min: 51.45, max: 51.55, noNaN: true }),
      lon: fc.double({ min: -0.2, max: 0, noNaN: true }),
      area: fc.constantFrom('N1', 'S1'),
      priority: fc.constantFrom(...PRIORITIES),
      raisedDay: fc.constantFrom('2026-12-30', '2027-01-04'),
      duration: fc.constantFrom(30, 60, 90, 120, 240),
      window: fc.constantFrom(...WINDOWS),
      impact: fc.integer({ min: 1, max: 5 }),
      effort: fc.integer({ min: 1, max: 5 }),
    })
    .map((j) => ({
      ref: `J${i}`,
      address: `${i} Test Street`,
      lat: j.lat,
      lon: j.lon,
      area: j.area,
      trade: j.trade,
      min_proficiency: j.level,
      competences: j.gasSafe ? ['GAS_SAFE'] : [],
      priority: j.priority,
      raised_at: `${j.raisedDay}T09:00`,
      duration_min: j.duration,
      window: j.window,
      depends_on: [],
      impact: j.impact,
      effort: j.effort,
      owner: 'Pat',
      done_when: 'Done',
      notes: '',
      status: 'open' as const,
    }));

/** 2–4 operatives, 3–14 jobs, a few absences/flags, and some of the jobs already in the diary. */
export const tinyWorld: fc.Arbitrary<TinyWorld> = fc
  .record({ nOps: fc.integer({ min: 2, max: 4 }), nJobs: fc.integer({ min: 3, max: 14 }) })
  .chain(({ nOps, nJobs }) =>
    fc.record({
      operatives: fc.tuple(...Array.from({ length: nOps }, (_, i) => opArb(i))),
      jobs: fc.tuple(...Array.from({ length: nJobs }, (_, i) => jobArb(i))),
      absent: fc.option(fc.tuple(fc.integer({ min: 0, max: nOps - 1 }), fc.constantFrom(...DATES)), { nil: null }),
      flagged: fc.option(fc.tuple(fc.integer({ min: 0, max: nOps - 1 }), fc.constantFrom(...TRADES)), { nil: null }),
      // Existing diary: job i goes to (operative, date) when chosen; pinned or not.
      // Finish-to-start links from a job to an earlier one, with lag.
      links: fc.array(fc.tuple(fc.integer({ min: 1, max: nJobs - 1 }), fc.nat(), fc.constantFrom(0, 30, 240)), { maxLength: 3 }),
      booked: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: nJobs - 1 }),
          fc.integer({ min: 0, max: nOps - 1 }),
          fc.constantFrom(...DATES),
          fc.boolean(),
          fc.constantFrom(null, '10:00'),
        ),
        {
          maxLength: 5,
        },
      ),
    }),
  )
  .map(({ operatives, jobs, absent, flagged, links, booked }) => {
    const withLinks = jobs.map((j) => ({ ...j, depends_on: [...j.depends_on] }));
    for (const [succ, pred, lag] of links) withLinks[succ]!.depends_on.push({ ref: `J${pred % succ}`, lag_min: lag });
    const diary: DiaryEntry[] = [];
    const used = new Set<number>();
    for (const [j, o, date, pinned, start] of booked) {
      if (used.has(j)) continue;
      used.add(j);
      const sequence = diary.filter((e) => e.operative_id === `OP${o}` && e.date === date).length;
      diary.push({ job_ref: `J${j}`, operative_id: `OP${o}`, date, start, sequence, pinned });
    }
    const absences: Absence[] = absent
      ? [{ operative_id: `OP${absent[0]}`, from: absent[1], to: absent[1], reason: 'leave', kind: 'leave' }]
      : [];
    const flags: Flag[] = flagged
      ? [{ operative_id: `OP${flagged[0]}`, flag: 'DO_NOT_SEND', scope: `trade:${flagged[1]}`, until: null, owner: 'Sam', note: '' }]
      : [];
    return { operatives: [...operatives], jobs: withLinks, absences, flags, diary };
  });

export function countingClock(): () => number {
  let t = 0;
  return () => t++;
}

/** `w`'s jobs not yet in its diary: what a run over `w` is asked to place. */
export function unbookedJobs(w: TinyWorld): Job[] {
  const booked = new Set(w.diary.map((e) => e.job_ref));
  return w.jobs.filter((j) => !booked.has(j.ref));
}

/** The unbooked refs, or the first job's when every job is booked (a run must be asked for one). */
export function placeable(w: TinyWorld): string[] {
  const refs = unbookedJobs(w).map((j) => j.ref);
  return refs.length ? refs : [w.jobs[0]!.ref];
}

/** A run over `w` on DATES from its diary: its unbooked jobs, 60 ms on a counting clock; `over` changes the rest. */
export function tinyInput(w: TinyWorld, over: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    world: testWorld(w),
    jobs: unbookedJobs(w).map((j) => j.ref),
    dates: DATES,
    diary: w.diary,
    timeLimitMs: 60,
    now: countingClock(),
    ...over,
  };
}
