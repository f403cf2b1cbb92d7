// Deterministic synthetic planning worlds for the property test and the benchmark.
// Same seed, same world: every random choice comes from one seeded PRNG.
import type { Absence, DiaryEntry, Flag, Job, Operative, Weekday } from '../../../../shared/domain/types';
import { addDays, formatHHMM } from '../../../../shared/calendar/dates';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  seed: number;
  operatives: number;
  jobs: number;
  /** First day of the week planned (a Monday suits the default calendar). */
  weekStart: string;
  /** Jobs already in the diary per operative-day, on average (0 = empty diary). */
  diaryPerDay: number;
  /** 0–1: how often restrictions (absences, flags, expired certificates, areas) appear. */
  restriction: number;
}

export interface SyntheticWorld {
  operatives: Operative[];
  jobs: Job[];
  absences: Absence[];
  flags: Flag[];
  diary: DiaryEntry[];
  dates: string[];
}

const TRADES = ['GAS', 'ELEC', 'PLUMB', 'CARP', 'ROOF', 'PLAST', 'DECOR', 'GLAZE'];
const COMPETENCES = ['GAS_SAFE', 'HEIGHT', 'ASBESTOS', 'CONFINED', 'ELEC_18'];
const AREAS = ['N1', 'N2', 'N3', 'E1', 'E2', 'S1', 'S2', 'W1'];
const PRIORITIES = ['EMERGENCY', 'URGENT', 'ROUTINE', 'PLANNED'];
const WINDOWS = ['AM', 'PM', 'ALL', 'ALL', 'ALL', '09:00-11:00', '13:00-15:30'];
const SHIFTS: [string, string][] = [
  ['07:00', '15:30'],
  ['08:00', '16:00'],
  ['08:00', '16:30'],
  ['09:00', '17:00'],
];
const MON_FRI: Weekday[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

export function syntheticWorld(o: SyntheticOptions): SyntheticWorld {
  const rnd = mulberry32(o.seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chance = (p: number): boolean => rnd() < p;
  const some = <T>(xs: readonly T[], n: number): T[] => {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < n && pool.length) out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]!);
    return out;
  };
  const dates = Array.from({ length: 7 }, (_, i) => addDays(o.weekStart, i));
  const r = o.restriction;

  const operatives: Operative[] = [];
  for (let i = 0; i < o.operatives; i++) {
    const [shift_start, shift_end] = pick(SHIFTS);
    operatives.push({
      id: `OP${i}`,
      name: `Operative ${i}`,
      trades: some(TRADES, int(1, 3)).map((trade) => ({ trade, proficiency: int(1, 5) })),
      competences: some(COMPETENCES, int(0, 3)).map((code) => ({
        code,
        expires: chance(0.5) ? null : addDays(o.weekStart, chance(r) ? int(-30, 6) : int(7, 400)),
      })),
      start_lat: 51.45 + rnd() * 0.15,
      start_lon: -0.25 + rnd() * 0.3,
      shift_start,
      shift_end,
      working_days: chance(0.2) ? [...MON_FRI, 'Sat'] : chance(r * 0.5) ? ['Mon', 'Tue', 'Wed'] : MON_FRI,
      areas: chance(r) ? some(AREAS, int(1, 3)) : [],
    });
  }

  const jobs: Job[] = [];
  for (let i = 0; i < o.jobs; i++) {
    const raisedDay = addDays(o.weekStart, int(-25, 3));
    const depends_on = i > 0 && chance(r * 0.1) ? [{ ref: `J${int(0, i - 1)}`, lag_min: pick([0, 0, 30, 120]) }] : [];
    jobs.push({
      ref: `J${i}`,
      address: `${i} Synthetic Street`,
      lat: 51.45 + rnd() * 0.15,
      lon: -0.25 + rnd() * 0.3,
      area: pick(AREAS),
      trade: pick(TRADES),
      min_proficiency: int(1, 3),
      competences: chance(0.25) ? some(COMPETENCES, 1) : [],
      priority: pick(PRIORITIES),
      raised_at: `${raisedDay}T${formatHHMM(int(7 * 60, 18 * 60))}`,
      duration_min: pick([30, 45, 60, 90, 120, 180, 240]),
      window: pick(WINDOWS),
      depends_on,
      impact: int(1, 5),
      effort: int(1, 5),
      owner: 'planner',
      done_when: 'done',
      notes: '',
      status: 'open',
    });
  }

  const absences: Absence[] = [];
  const flags: Flag[] = [];
  for (const op of operatives) {
    if (chance(r * 0.3)) {
      const from = addDays(o.weekStart, int(-3, 6));
      absences.push({
        operative_id: op.id,
        from,
        to: addDays(from, int(0, 4)),
        reason: chance(0.5) ? 'annual leave' : '',
        kind: pick(['leave', 'sickness', 'training', 'other'] as const),
      });
    }
    if (chance(r * 0.4)) {
      const kind = pick(['trade', 'competence', 'area', 'job'] as const);
      const value =
        kind === 'trade'
          ? pick(TRADES)
          : kind === 'competence'
            ? pick(COMPETENCES)
            : kind === 'area'
              ? pick(AREAS)
              : `J${int(0, o.jobs - 1)}`;
      flags.push({
        operative_id: op.id,
        flag: chance(0.5) ? 'DO_NOT_SEND' : 'REDUCED_DUTIES',
        scope: `${kind}:${value}`,
        until: chance(0.4) ? null : addDays(o.weekStart, int(-2, 8)),
        owner: 'Supervisor',
        note: chance(0.5) ? 'review pending' : '',
      });
    }
  }

  // Fill diaries from the back of the job list so the front stays unplaced for dragging.
  const diary: DiaryEntry[] = [];
  let next = o.jobs - 1;
  for (const op of operatives) {
    for (const date of dates) {
      const n = o.diaryPerDay > 0 ? int(0, Math.round(o.diaryPerDay * 2)) : 0;
      for (let s = 0; s < n && next >= 0; s++, next--) {
        diary.push({
          job_ref: `J${next}`,
          operative_id: op.id,
          date,
          start: chance(0.1) ? pick(['09:30', '13:00']) : null,
          sequence: s,
          pinned: false,
        });
      }
    }
  }
  return { operatives, jobs, absences, flags, diary, dates };
}
