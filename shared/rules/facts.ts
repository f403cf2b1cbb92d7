// Per-operative facts in the form rules look them up, built once per operative and reused for
// every job and day (the board asks thousands of times per drag).
import type { Absence, Operative, Weekday } from '../domain/types';
import { parseScope, type ScopedFlag } from './flag-scope';
import type { PlanningWorld } from './world';

export interface OperativeFacts {
  /** trade → proficiency (the best if a trade is listed twice). */
  skills: ReadonlyMap<string, number>;
  /** competence code → expiry date, null = never expires (the latest if listed twice). */
  competences: ReadonlyMap<string, string | null>;
  doNotSend: readonly ScopedFlag[];
  reducedDuties: readonly ScopedFlag[];
  /** Sorted by start date. */
  absences: readonly Absence[];
  /** Empty = may work anywhere. */
  areas: ReadonlySet<string>;
  workingDays: ReadonlySet<Weekday>;
}

export function buildOperativeFacts(operative: Operative, world: PlanningWorld): OperativeFacts {
  const skills = new Map<string, number>();
  for (const t of operative.trades) skills.set(t.trade, Math.max(t.proficiency, skills.get(t.trade) ?? 0));

  const competences = new Map<string, string | null>();
  for (const c of operative.competences) {
    const prev = competences.get(c.code);
    const keepPrev = prev === null || (prev !== undefined && c.expires !== null && prev >= c.expires);
    if (!keepPrev) competences.set(c.code, c.expires);
  }

  const doNotSend: ScopedFlag[] = [];
  const reducedDuties: ScopedFlag[] = [];
  for (const f of world.flagsByOperative.get(operative.id) ?? []) {
    (f.flag === 'DO_NOT_SEND' ? doNotSend : reducedDuties).push(parseScope(f));
  }

  const absences = [...(world.absencesByOperative.get(operative.id) ?? [])].sort((a, b) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
  );

  return {
    skills,
    competences,
    doNotSend,
    reducedDuties,
    absences,
    areas: new Set(operative.areas),
    workingDays: new Set(operative.working_days),
  };
}
