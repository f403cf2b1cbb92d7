// Tests build small worlds from only the parts they care about. Production code cannot: it builds
// every world from a full PlanningSnapshot (shared/rules/snapshot.ts), whose fields are required.
import { DEFAULT_CALENDAR } from '../../../../shared/calendar/working-days';
import { DEFAULT_SLA_POLICY } from '../../../../shared/domain/schemas';
import { haversineTravel } from '../../../../shared/travel/haversine';
import {
  buildWorld,
  DEFAULT_OVERTIME_MIN,
  type Placement,
  type PlanningWorld,
  type PlanningWorldInput,
} from '../../../../shared/rules/world';

export type WorldParts = Partial<Omit<PlanningWorldInput, 'placements' | 'roster'>> & {
  placements?: ReadonlyMap<string, Placement> | Readonly<Record<string, Placement>>;
  roster?: Partial<PlanningWorldInput['roster']>;
};

/** A world with empty lists and the defaults (UK calendar, haversine travel, 60 min overtime) for what `parts` leaves out. */
export function testWorld(parts: WorldParts = {}): PlanningWorld {
  const placements = parts.placements instanceof Map ? parts.placements : new Map(Object.entries(parts.placements ?? {}));
  return buildWorld({
    jobs: parts.jobs ?? [],
    operatives: parts.operatives ?? [],
    absences: parts.absences ?? [],
    flags: parts.flags ?? [],
    dependencies: parts.dependencies ?? [],
    placements: placements as ReadonlyMap<string, Placement>,
    slaDeadlines: parts.slaDeadlines ?? new Map(),
    slaPolicy: parts.slaPolicy ?? DEFAULT_SLA_POLICY,
    calendar: parts.calendar ?? DEFAULT_CALENDAR,
    travel: parts.travel ?? haversineTravel(),
    overtimeMin: parts.overtimeMin ?? DEFAULT_OVERTIME_MIN,
    roster: { patterns: parts.roster?.patterns ?? [], days: parts.roster?.days ?? [] },
  });
}
