// Puts a share of the jobs into the diary where a planner plausibly could: right trade and
// proficiency, valid competences on the day, no blocking flag, allowed area, working and not
// absent, and the day's work within ~80% of the shift (travel is ignored here).
// Predecessors land on an earlier working day than their successors.
import { addDays, parseHHMM, weekdayOf } from '../calendar/dates';
import { isInCalendar, isWorkingDay } from '../calendar/working-days';
import type { Absence, DiaryEntry, Flag, Job, Operative } from '../domain/types';
import type { Rng } from './prng';

export interface PlacementInput {
  operatives: readonly Operative[];
  jobs: readonly Job[];
  absences: readonly Absence[];
  flags: readonly Flag[];
  start: string;
  days: number;
  scheduled: number;
}

const LOAD_FACTOR = 0.8;
const PRIORITY_RANK: Record<string, number> = { EMERGENCY: 0, URGENT: 1, ROUTINE: 2, PLANNED: 3 };

/** Working days in [start, start + days); outside the bank-holiday calendar, plain Mon–Fri. */
export function workingDates(start: string, days: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < days; i++) {
    const d = addDays(start, i);
    const ok = isInCalendar(d) ? isWorkingDay(d) : !['Sat', 'Sun'].includes(weekdayOf(d));
    if (ok) out.push(d);
  }
  return out;
}

export function placeDiary(rng: Rng, input: PlacementInput): DiaryEntry[] {
  const { operatives, jobs } = input;
  const dates = workingDates(input.start, input.days);
  const D = dates.length;
  if (D === 0 || operatives.length === 0) return [];
  const capacity = capacities(operatives, input.absences, dates);
  const byTrade = new Map<string, number[]>();
  operatives.forEach((op, o) => op.trades.forEach((t) => byTrade.set(t.trade, [...(byTrade.get(t.trade) ?? []), o])));
  const flagsOf = new Map<string, Flag[]>();
  for (const f of input.flags) flagsOf.set(f.operative_id, [...(flagsOf.get(f.operative_id) ?? []), f]);

  const wanted = new Set(
    rng.sample(
      jobs.map((_, i) => i),
      Math.round(input.scheduled * jobs.length),
    ),
  );
  const dayOf = new Map<string, number>();
  const placed: { job: Job; o: number; d: number }[] = [];

  // Refs are generated in dependency order, so predecessors are decided first.
  jobs.forEach((job, i) => {
    if (!wanted.has(i)) return;
    let earliest = 0;
    for (const link of job.depends_on) {
      const pd = dayOf.get(link.ref);
      if (pd === undefined) return; // predecessor not in the diary: the successor can't be either
      earliest = Math.max(earliest, pd + 1);
    }
    if (earliest >= D) return;
    const preferred = Math.max(earliest, preferredDay(rng, job.priority, D));
    const order = [...range(preferred, D), ...range(earliest, preferred)];
    const candidates = byTrade.get(job.trade) ?? [];
    const offset = rng.int(0, Math.max(0, candidates.length - 1));
    for (const d of order) {
      for (let k = 0; k < candidates.length; k++) {
        const o = candidates[(offset + k) % candidates.length]!;
        const cell = o * D + d;
        if (capacity[cell]! < job.duration_min) continue;
        if (!canDo(operatives[o]!, job, dates[d]!, flagsOf.get(operatives[o]!.id))) continue;
        capacity[cell]! -= job.duration_min;
        dayOf.set(job.ref, d);
        placed.push({ job, o, d });
        return;
      }
    }
  });
  return sequence(rng, placed, operatives, dates);
}

/** Minutes bookable per operative per working date; zero when off or absent. */
function capacities(operatives: readonly Operative[], absences: readonly Absence[], dates: string[]): Float64Array {
  const D = dates.length;
  const cap = new Float64Array(operatives.length * D);
  const index = new Map(operatives.map((op, o) => [op.id, o]));
  operatives.forEach((op, o) => {
    const minutes = Math.floor((parseHHMM(op.shift_end) - parseHHMM(op.shift_start)) * LOAD_FACTOR);
    dates.forEach((date, d) => {
      if (op.working_days.includes(weekdayOf(date))) cap[o * D + d] = minutes;
    });
  });
  for (const a of absences) {
    const o = index.get(a.operative_id);
    if (o === undefined) continue;
    dates.forEach((date, d) => {
      if (a.from <= date && date <= a.to) cap[o * D + d] = 0;
    });
  }
  return cap;
}

/** Emergencies go first thing; urgent work in the first few days; the rest anywhere. */
function preferredDay(rng: Rng, priority: string, D: number): number {
  if (priority === 'EMERGENCY') return 0;
  if (priority === 'URGENT') return rng.int(0, Math.min(2, D - 1));
  return rng.int(0, D - 1);
}

export function canDo(op: Operative, job: Job, date: string, flags: readonly Flag[] | undefined): boolean {
  const skill = op.trades.find((t) => t.trade === job.trade);
  if (!skill || skill.proficiency < job.min_proficiency) return false;
  if (op.areas.length > 0 && !op.areas.includes(job.area)) return false;
  for (const code of job.competences) {
    const c = op.competences.find((x) => x.code === code);
    if (!c || (c.expires !== null && c.expires < date)) return false;
  }
  return !(flags ?? []).some((f) => (f.until === null || date <= f.until) && flagCovers(f.scope, job));
}

function flagCovers(scope: string, job: Job): boolean {
  const [kind, value] = [scope.slice(0, scope.indexOf(':')), scope.slice(scope.indexOf(':') + 1)];
  if (kind === 'trade') return job.trade === value;
  if (kind === 'competence') return job.competences.includes(value);
  if (kind === 'area') return job.area === value;
  return kind === 'job' && job.ref === value;
}

/** Order each operative's day: AM and early windows first, PM last, then by priority. */
function sequence(rng: Rng, placed: { job: Job; o: number; d: number }[], operatives: readonly Operative[], dates: string[]): DiaryEntry[] {
  placed.sort(
    (a, b) =>
      a.d - b.d ||
      a.o - b.o ||
      windowKey(a.job) - windowKey(b.job) ||
      (PRIORITY_RANK[a.job.priority] ?? 9) - (PRIORITY_RANK[b.job.priority] ?? 9) ||
      (a.job.ref < b.job.ref ? -1 : 1),
  );
  let seq = 0;
  return placed.map((p, i) => {
    const prev = placed[i - 1];
    seq = prev && prev.o === p.o && prev.d === p.d ? seq + 1 : 0;
    return {
      job_ref: p.job.ref,
      operative_id: operatives[p.o]!.id,
      date: dates[p.d]!,
      start: null,
      sequence: seq,
      pinned: rng.chance(0.05),
    };
  });
}

function windowKey(job: Job): number {
  if (job.window === 'AM') return 0;
  if (job.window === 'ALL') return 720;
  if (job.window === 'PM') return 780;
  return parseHHMM(job.window.slice(0, 5));
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
