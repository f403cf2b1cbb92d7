// Why each job left over was not placed. The most urgent get the full rule-by-rule explanation
// (each looks at every operative-day: costly), up to a limit and while the budget lasts; every
// other one still gets a sentence from what the construction found when it tried the job (how
// many operative-days the rules allowed it), so no job is left without a reason.
import type { IsoDate, Job, Operative } from '../../domain/types';
import type { PlanIndex } from '../../rules/index';
import { explainUnplaced } from './explain';
import type { UnplacedJob } from './types';

/** Jobs left over that get the full rule-by-rule explanation (each looks at every operative-day). */
export const EXPLAIN_AT_MOST = 150;

export interface Leftovers {
  index: PlanIndex;
  /** Jobs not placed, in any order. */
  left: readonly Job[];
  operatives: readonly Operative[];
  dates: readonly IsoDate[];
  /** Operative-days the rules (and window) allowed each job the construction tried; absent: never tried. */
  eligibleDays: ReadonlyMap<string, number>;
  /** Jobs in a dependency cycle (never tried: none of them can go first). */
  inCycle: ReadonlySet<string>;
  priorityRank: (priority: string) => number;
  /** Full explanations stop starting here (a clock reading). */
  explainEnd: number;
  now: () => number;
  cancelled: () => boolean;
}

function briefly(job: Job, why: string): UnplacedJob {
  return {
    ref: job.ref,
    summary: `${job.ref} (${job.trade}, ${job.priority}) was not placed: ${why}.`,
    reasons: [],
    nearest: null,
    fixes: [],
  };
}

/** What the construction saw, in a sentence. */
function tried(days: number): string {
  return days === 0
    ? 'no operative-day in the range may take it (its trade and skill level, competences, area, flags, rostered days and absences, or its window and predecessors rule out every one)'
    : `the ${days} operative-day${days === 1 ? '' : 's'} the rules allow had no room for it within its window and hours once more urgent work was placed`;
}

export function explainLeftovers(a: Leftovers): UnplacedJob[] {
  const world = a.index.world;
  const urgency = (j: Job): [number, string] => [a.priorityRank(j.priority), world.slaDeadline(j) ?? '9999'];
  const byUrgency = [...a.left].sort((x, y) => urgency(x)[0] - urgency(y)[0] || urgency(x)[1].localeCompare(urgency(y)[1]));
  const triedJobs = byUrgency.filter((j) => a.eligibleDays.has(j.ref));
  const why = new Map<string, UnplacedJob>();
  // The next one is started only when the last one's cost still fits before the end.
  let lastCost = 0;
  for (const job of triedJobs.slice(0, EXPLAIN_AT_MOST)) {
    const t = a.now();
    if (a.cancelled() || t + lastCost >= a.explainEnd) break;
    why.set(job.ref, explainUnplaced(a.index, job, a.operatives, a.dates));
    lastCost = a.now() - t;
  }
  const full = why.size < Math.min(triedJobs.length, EXPLAIN_AT_MOST);
  const reason = (job: Job): string => {
    if (a.inCycle.has(job.ref))
      return 'it is in a dependency cycle (it waits, through its predecessors, on itself), so none of them can go first';
    const days = a.eligibleDays.get(job.ref);
    if (days === undefined) return 'the run was cancelled before the scheduler could try to place it';
    const more = a.cancelled()
      ? 'the run was cancelled before the full rule-by-rule explanation'
      : full
        ? 'the time limit ran out before the full rule-by-rule explanation (the most urgent are explained first)'
        : `more than ${EXPLAIN_AT_MOST} jobs were left over; the most urgent are explained rule by rule`;
    return `${tried(days)}; ${more}`;
  };
  return a.left.map((job) => why.get(job.ref) ?? briefly(job, reason(job)));
}
