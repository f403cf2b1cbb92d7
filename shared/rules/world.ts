// Everything about the organisation a placement is judged against, indexed for look-up.
// Built once from plain rows (buildWorld); rules only read it.
import type { Absence, Dependency, Flag, HHMM, IsoDate, Job, Operative, SlaPolicy, Weekday } from '../domain/types';
import type { WorkingCalendar } from '../calendar/working-days';
import { slaDeadline } from '../sla/deadline';
import type { TravelModel } from '../travel/model';
import { RosterBook } from '../roster/resolve';
import type { RosterDay, RosterOverride, RosterPattern } from '../roster/types';

/** Where another job is booked. An `end` earlier than `start` means it finishes after midnight. */
export interface Placement {
  operative_id: string;
  date: IsoDate;
  start: HHMM;
  end: HHMM;
}

export interface PlanningWorld {
  jobs: ReadonlyMap<string, Job>;
  operatives: ReadonlyMap<string, Operative>;
  absencesByOperative: ReadonlyMap<string, readonly Absence[]>;
  flagsByOperative: ReadonlyMap<string, readonly Flag[]>;
  /** Finish-to-start links, from the dependency table and each job's depends_on (deduplicated). */
  dependencies: readonly Dependency[];
  /** Links by successor ref. */
  predecessorsOf: ReadonlyMap<string, readonly Dependency[]>;
  /** Links by predecessor ref. */
  successorsOf: ReadonlyMap<string, readonly Dependency[]>;
  /** Refs with any link either way: one look-up settles the common "no links" case. */
  linked: ReadonlySet<string>;
  /** Placements known outside the diary passed to evaluation (e.g. other plan ranges). */
  placements: ReadonlyMap<string, Placement>;
  /** 'YYYY-MM-DDTHH:MM' UK local, or null when the job has no computable SLA. Memoised by ref. */
  slaDeadline(job: Job): string | null;
  calendar: WorkingCalendar;
  travel: TravelModel;
  /** Default overtime allowance in minutes. */
  overtimeMin: number;
  /**
   * The operative's resolved roster on the date (patterns, rotations, bank holidays, per-day
   * overrides). Without roster data: their own working days and shift, off on bank holidays.
   */
  rosterDay(operative: Operative, date: IsoDate, weekday?: Weekday): RosterDay;
}

/**
 * Everything a world is built from. Every field is required: leaving one out silently changes
 * verdicts (the board once judged without dependencies), so it must not compile. Production code
 * builds worlds only through worldFromSnapshot (./snapshot.ts); tests pass empty lists explicitly.
 */
export interface PlanningWorldInput {
  jobs: readonly Job[];
  operatives: readonly Operative[];
  absences: readonly Absence[];
  flags: readonly Flag[];
  /** Stored links; each job's depends_on is merged in too. */
  dependencies: readonly Dependency[];
  /** Placements known outside the diary judged (e.g. other plan ranges); an empty map for none. */
  placements: ReadonlyMap<string, Placement>;
  /** Deadlines already computed (e.g. sent with the job); others come from the policy. */
  slaDeadlines: ReadonlyMap<string, string | null>;
  slaPolicy: SlaPolicy;
  calendar: WorkingCalendar;
  travel: TravelModel;
  /** Overtime allowance in minutes (DEFAULT_OVERTIME_MIN unless the workspace sets one). */
  overtimeMin: number;
  /** Weekly/rotating patterns and per-day overrides. */
  roster: { patterns: readonly RosterPattern[]; days: readonly RosterOverride[] };
}

export const DEFAULT_OVERTIME_MIN = 60;

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** Union of explicit links and jobs' depends_on; a pair given twice keeps the longer lag. */
function mergeDependencies(explicit: readonly Dependency[], jobs: readonly Job[]): Dependency[] {
  const byPair = new Map<string, Dependency>();
  const add = (d: Dependency): void => {
    const k = `${d.pred_ref}\u0000${d.succ_ref}`;
    const prev = byPair.get(k);
    if (!prev || d.lag_min > prev.lag_min) byPair.set(k, d);
  };
  explicit.forEach(add);
  for (const j of jobs) for (const l of j.depends_on) add({ pred_ref: l.ref, succ_ref: j.ref, lag_min: l.lag_min });
  return [...byPair.values()];
}

export function buildWorld(input: PlanningWorldInput): PlanningWorld {
  const jobList = input.jobs;
  const jobs = new Map(jobList.map((j) => [j.ref, j]));
  const { calendar, slaPolicy: policy, placements } = input;
  const dependencies = mergeDependencies(input.dependencies, jobList);

  // Deadlines walk the working-day calendar, so compute each only when first asked for.
  const deadlines = new Map<string, string | null>(input.slaDeadlines);
  const deadlineOf = (job: Job): string | null => {
    const known = deadlines.get(job.ref);
    if (known !== undefined) return known;
    let d: string | null;
    try {
      d = slaDeadline(job.raised_at, job.priority, policy, calendar);
    } catch {
      d = null; // no target for the priority, or outside the calendar: nothing to breach
    }
    deadlines.set(job.ref, d);
    return d;
  };

  return {
    jobs,
    operatives: new Map(input.operatives.map((o) => [o.id, o])),
    absencesByOperative: groupBy(input.absences, (a) => a.operative_id),
    flagsByOperative: groupBy(input.flags, (f) => f.operative_id),
    dependencies,
    predecessorsOf: groupBy(dependencies, (d) => d.succ_ref),
    successorsOf: groupBy(dependencies, (d) => d.pred_ref),
    linked: new Set(dependencies.flatMap((d) => [d.pred_ref, d.succ_ref])),
    placements,
    slaDeadline: deadlineOf,
    calendar,
    travel: input.travel,
    overtimeMin: input.overtimeMin,
    rosterDay: rosterOf(input.roster, calendar),
  };
}

function rosterOf(input: PlanningWorldInput['roster'], calendar: WorkingCalendar): PlanningWorld['rosterDay'] {
  const book = new RosterBook(input, calendar);
  return (operative, date, weekday) => book.day(operative, date, weekday);
}
