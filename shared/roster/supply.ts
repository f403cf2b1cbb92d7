// Hours available per trade per day. An operative contributes their rostered shift length
// (start to end, travel included: the roster is the time they are paid to be out) to every
// trade they hold, on each day they are rostered to work and not absent. A REDUCED_DUTIES or
// DO_NOT_SEND flag in force that is scoped to a trade removes their hours from that trade only
// (flags on a competence, area or job do not, since they exclude some jobs, not a trade's
// hours). Someone with two trades counts in both: each trade's figure answers "how many hours
// could we field for this trade", not a split of the team.
import type { IsoDate, Operative } from '../domain/types';
import { buildOperativeFacts, type OperativeFacts } from '../rules/facts';
import { flagInForce } from '../rules/flag-scope';
import type { PlanningWorld } from '../rules/world';
import { shiftLengthMin } from './shift';

/** Whether the operative is absent on the date (absences sorted by start, as in facts). */
export function absentOn(facts: OperativeFacts, date: IsoDate): boolean {
  for (const a of facts.absences) {
    if (a.from > date) return false;
    if (a.to >= date) return true;
  }
  return false;
}

/** A trade-scoped reduced-duties or do-not-send flag in force keeps the operative off that trade. */
export function tradeBarred(facts: OperativeFacts, trade: string, date: IsoDate): boolean {
  for (const s of facts.reducedDuties) if (s.kind === 'trade' && s.value === trade && flagInForce(s.flag, date)) return true;
  for (const s of facts.doNotSend) if (s.kind === 'trade' && s.value === trade && flagInForce(s.flag, date)) return true;
  return false;
}

/** Operatives who may work in `area` (no restriction = anywhere); all when area is null. */
export function worksIn(op: Operative, area: string | null): boolean {
  return area === null || op.areas.length === 0 || op.areas.includes(area);
}

/** trade → minutes available per date index. */
export function availableMinutes(world: PlanningWorld, dates: readonly IsoDate[], area: string | null): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const op of world.operatives.values()) {
    if (!worksIn(op, area)) continue;
    const facts = buildOperativeFacts(op, world);
    dates.forEach((date, i) => {
      if (op.retired_from && op.retired_from <= date) return; // left the team: no hours from then on
      const day = world.rosterDay(op, date);
      if (!day.working || !day.shift || absentOn(facts, date)) return;
      const len = shiftLengthMin(day.shift);
      for (const trade of facts.skills.keys()) {
        if (tradeBarred(facts, trade, date)) continue;
        let row = out.get(trade);
        if (!row) out.set(trade, (row = new Float64Array(dates.length)));
        row[i]! += len;
      }
    });
  }
  return out;
}
