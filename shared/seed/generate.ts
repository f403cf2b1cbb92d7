// Deterministic demo/test data for a Leeds repairs team: same options and seed, same data.
import type { Absence, DiaryEntry, Flag, Job, Operative } from '../domain/types';
import { generateAbsences, generateFlags } from './gen-availability';
import { generateJobs } from './gen-jobs';
import { generateOperatives } from './gen-operatives';
import { placeDiary } from './place-diary';
import { mulberry32 } from './prng';

export interface SeedOptions {
  operatives: number;
  jobs: number;
  days: number;
  /** First day of the horizon, YYYY-MM-DD. */
  start: string;
  /** Share of jobs (0..1) to place in the diary; jobs that can't be placed plausibly stay unscheduled. */
  scheduled: number;
  seed: number;
}

export interface SeedData {
  operatives: Operative[];
  jobs: Job[];
  absences: Absence[];
  flags: Flag[];
  diary: DiaryEntry[];
}

export const DEFAULT_SEED_OPTIONS: SeedOptions = { operatives: 40, jobs: 600, days: 10, start: '2027-01-04', scheduled: 0.6, seed: 1 };

export function generateSeed(options: Partial<SeedOptions> = {}): SeedData {
  const o = { ...DEFAULT_SEED_OPTIONS, ...options };
  if (!(o.scheduled >= 0 && o.scheduled <= 1)) throw new Error(`scheduled ${o.scheduled} must be between 0 and 1`);
  if (!Number.isInteger(o.days) || o.days < 1) throw new Error(`days ${o.days} must be a whole number ≥ 1`);
  // Separate streams per concern, so asking for more jobs doesn't reshuffle the operatives.
  const operatives = generateOperatives(mulberry32(o.seed), o.operatives, o.start, o.days);
  const jobs = generateJobs(mulberry32(o.seed ^ 0x9e3779b9), o.jobs, o.start);
  const absences = generateAbsences(mulberry32(o.seed ^ 0x85ebca6b), operatives, o.start, o.days);
  const flags = generateFlags(mulberry32(o.seed ^ 0xc2b2ae35), operatives, jobs, o.start);
  const diary = placeDiary(mulberry32(o.seed ^ 0x27d4eb2f), {
    operatives,
    jobs,
    absences,
    flags,
    start: o.start,
    days: o.days,
    scheduled: o.scheduled,
  });
  return { operatives, jobs, absences, flags, diary };
}
