// The planning world as plain data, and the one function that turns it into a PlanningWorld.
// The backend reads it from the store (electron/backend/planning/snapshot.ts: readPlanningWorld),
// `diary/get-board` carries it to the renderer, and the scheduler worker receives it: all three
// build their world here, so a verdict on the board is the backend's verdict.
import { DEFAULT_CALENDAR } from '../calendar/working-days';
import type { Absence, Dependency, Flag, Job, Operative, SlaPolicy } from '../domain/types';
import type { RosterOverride, RosterPattern } from '../roster/types';
import { haversineTravel } from '../travel/haversine';
import { buildWorld, type Placement, type PlanningWorld } from './world';

/** A job with its SLA deadline under the workspace's policy ('YYYY-MM-DDTHH:MM' UK local, or null: no target). */
export type DeadlinedJob = Job & { sla_deadline: string | null };

/**
 * Everything a placement verdict reads apart from the diary itself, as plain (JSON- and
 * structured-clone-safe) data. Every field is required, so a reader or a transport that drops one
 * does not compile.
 */
export interface PlanningSnapshot {
  jobs: DeadlinedJob[];
  operatives: Operative[];
  absences: Absence[];
  flags: Flag[];
  /** Every stored finish-to-start link (not only those between the jobs listed). */
  dependencies: Dependency[];
  slaPolicy: SlaPolicy;
  /** Overtime allowance in minutes. */
  overtimeMin: number;
  roster: { patterns: RosterPattern[]; days: RosterOverride[] };
}

const NO_PLACEMENTS: ReadonlyMap<string, Placement> = new Map();

/** The one way a snapshot becomes a PlanningWorld (UK working calendar, haversine travel). */
export function worldFromSnapshot(s: PlanningSnapshot): PlanningWorld {
  return buildWorld({
    jobs: s.jobs,
    operatives: s.operatives,
    absences: s.absences,
    flags: s.flags,
    dependencies: s.dependencies,
    placements: NO_PLACEMENTS,
    slaDeadlines: new Map(s.jobs.map((j) => [j.ref, j.sla_deadline])),
    slaPolicy: s.slaPolicy,
    calendar: DEFAULT_CALENDAR,
    travel: haversineTravel(),
    overtimeMin: s.overtimeMin,
    roster: s.roster,
  });
}
