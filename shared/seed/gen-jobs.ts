// Jobs: demand-weighted trades, an SLA mix, raised in the weeks before the horizon, and
// ~10% in short staged chains at one address (each stage depends on an earlier ref, so no cycles).
import { addDays } from '../calendar/dates';
import type { DependencyLink, Job } from '../domain/types';
import { AREAS, CHAINS, DONE_WHEN, JOB_TRADE_WEIGHTS, NOTES, PLANNERS, PRIORITY_WEIGHTS, type Area, type Trade } from './leeds';
import type { Rng } from './prng';

const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const RAISED_DAYS_BEFORE: Record<string, [number, number]> = {
  EMERGENCY: [0, 1],
  URGENT: [1, 8],
  ROUTINE: [3, 35],
  PLANNED: [10, 60],
};
const BASE_DURATION: Record<Trade, number> = { GAS: 75, PLUMB: 60, ELEC: 75, CARP: 105, ROOF: 150, PLAST: 150, GEN: 60 };
/** Chance a new job starts a chain: 10% of jobs in chains of mean length ~2.3. */
const CHAIN_START = 0.1 / 2.3;

interface Site {
  address: string;
  area: Area;
  lat: number;
  lon: number;
}

export function generateJobs(rng: Rng, count: number, start: string): Job[] {
  const jobs: Job[] = [];
  while (jobs.length < count) {
    const chain = rng.chance(CHAIN_START) ? rng.pick(CHAINS).slice(0, count - jobs.length) : null;
    if (!chain || chain.length < 2) {
      jobs.push(makeJob(rng, jobs.length, start, rng.weighted(JOB_TRADE_WEIGHTS), site(rng), null, []));
      continue;
    }
    const where = site(rng);
    const priority = rng.chance(0.7) ? 'ROUTINE' : 'PLANNED';
    const owner = rng.pick(PLANNERS);
    chain.forEach((trade, k) => {
      const prev = jobs[jobs.length - 1]!;
      const deps: DependencyLink[] = k === 0 ? [] : [{ ref: prev.ref, lag_min: rng.pick([0, 0, 30, 60, 120]) }];
      const job = makeJob(rng, jobs.length, start, trade, where, priority, deps);
      job.owner = owner;
      if (k > 0) job.raised_at = jobs[jobs.length - k]!.raised_at; // one works order, raised together
      jobs.push(job);
    });
  }
  return jobs;
}

function makeJob(
  rng: Rng,
  i: number,
  start: string,
  trade: Trade,
  where: Site,
  fixedPriority: string | null,
  depends_on: DependencyLink[],
): Job {
  const priority = fixedPriority ?? rng.weighted(PRIORITY_WEIGHTS);
  const duration_min = duration(rng, trade, priority);
  return {
    ref: `J-${10001 + i}`,
    address: where.address,
    lat: where.lat,
    lon: where.lon,
    area: where.area.code,
    trade,
    min_proficiency: rng.weighted([
      [1, 20],
      [2, 40],
      [3, 30],
      [4, 10],
    ]),
    competences: competencesFor(rng, trade),
    priority,
    raised_at: raisedAt(rng, start, priority),
    duration_min,
    window: rng.weighted([
      ['ALL', 70],
      ['AM', 12],
      ['PM', 12],
      [rng.pick(['09:30-11:30', '10:00-12:00', '13:00-15:00', '14:00-16:00']), 6],
    ]),
    depends_on,
    impact: impactFor(rng, priority),
    effort: Math.min(5, Math.max(1, Math.round(duration_min / 50) + rng.int(-1, 1))),
    owner: rng.pick(PLANNERS),
    done_when: rng.pick(DONE_WHEN[trade]),
    notes: rng.chance(0.4) ? rng.pick(NOTES) : '',
    status: 'open',
  };
}

function site(rng: Rng): Site {
  const area = rng.pick(AREAS);
  const postcode = `${area.code} ${rng.int(1, 9)}${rng.pick([...POSTCODE_LETTERS])}${rng.pick([...POSTCODE_LETTERS])}`;
  return {
    address: `${rng.int(1, 180)} ${rng.pick(area.streets)}, Leeds ${postcode}`,
    area,
    lat: Math.round((area.lat + (rng.next() - 0.5) * 0.016) * 1e5) / 1e5,
    lon: Math.round((area.lon + (rng.next() - 0.5) * 0.026) * 1e5) / 1e5,
  };
}

function competencesFor(rng: Rng, trade: Trade): string[] {
  if (trade === 'GAS') return ['GAS_SAFE'];
  if (trade === 'ROOF') return ['HEIGHT'];
  if (trade === 'ELEC') return rng.chance(0.7) ? ['ELEC_18TH'] : [];
  if ((trade === 'CARP' || trade === 'PLAST') && rng.chance(0.08)) return ['ASBESTOS_AWARE'];
  if (trade === 'PLUMB' && rng.chance(0.03)) return ['CONFINED_SPACE'];
  if (trade === 'GEN' && rng.chance(0.05)) return ['HEIGHT'];
  return [];
}

/** 30–240 minutes in 15-minute steps; emergencies are make-safe visits, so shorter. */
function duration(rng: Rng, trade: Trade, priority: string): number {
  const base = priority === 'EMERGENCY' ? 60 : BASE_DURATION[trade];
  const raw = base * (0.5 + rng.next() * 1.2);
  return Math.min(240, Math.max(30, Math.round(raw / 15) * 15));
}

function raisedAt(rng: Rng, start: string, priority: string): string {
  const [lo, hi] = RAISED_DAYS_BEFORE[priority] ?? [3, 35];
  const day = addDays(start, -rng.int(lo, hi));
  const minute = rng.int(7 * 60, 18 * 60 + 59);
  return `${day}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00Z`;
}

function impactFor(rng: Rng, priority: string): number {
  if (priority === 'EMERGENCY') return 5;
  if (priority === 'URGENT') return rng.int(3, 5);
  if (priority === 'ROUTINE') return rng.int(2, 4);
  return rng.int(1, 3);
}

const pad = (n: number): string => String(n).padStart(2, '0');
