// The rule context of one operative-day, as the day rules read it, and with a job swapped in for
// the job rules. Built here once so the drop-out check and the diary solver's model ask the rules
// exactly what the plan index asks them.
import type { Job } from '../domain/types';
import type { OperativeDay } from './plan-index';
import type { DayContext, JobContext } from './types';

export function dayContext(od: OperativeDay): DayContext {
  return {
    operative: od.operative,
    facts: od.facts,
    date: od.date,
    weekday: od.weekday,
    roster: od.roster,
    world: od.index.world,
    lookups: od.index,
  };
}

export function jobContext(od: OperativeDay, job: Job): JobContext {
  return { ...dayContext(od), job };
}
