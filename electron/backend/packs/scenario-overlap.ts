// Only the live plan is published: a scenario is a what-if until it is promoted. Publishing a
// range that an open scenario re-plans would hand operations a plan that may be replaced
// tomorrow, so it is refused with the scenarios named, unless the planner gives a reason.
import { ApiError } from '../../../shared/api/errors';
import type { DiaryEntry } from '../../../shared/domain/types';
import type { ScenarioManager } from '../scenarios/manager';
import type { Store } from '../store/store';

const key = (e: DiaryEntry) => `${e.operative_id}|${e.date}|${e.sequence}|${e.start ?? ''}`;

/** Open (not promoted) scenarios whose placements in the range differ from the live plan's. */
export function scenarioOverlaps(base: Store, scenarios: ScenarioManager, from: string, to: string): { name: string; differing: number }[] {
  const live = new Map(base.read.diary(from, to).map((e) => [e.job_ref, key(e)]));
  const out: { name: string; differing: number }[] = [];
  for (const s of scenarios.list()) {
    if (s.promoted_at) continue;
    const mine = new Map(
      scenarios
        .store(s.name)
        .read.diary(from, to)
        .map((e) => [e.job_ref, key(e)]),
    );
    let differing = 0;
    for (const ref of new Set([...live.keys(), ...mine.keys()])) if (live.get(ref) !== mine.get(ref)) differing++;
    if (differing > 0) out.push({ name: s.name, differing });
  }
  return out;
}

export function assertPublishable(
  base: Store,
  scenarios: ScenarioManager,
  r: { from: string; to: string; scenario?: string | null | undefined; overrideReason?: string | undefined },
): void {
  if (r.scenario) {
    throw new ApiError(
      'VALIDATION',
      `Only the live plan is published: promote scenario "${r.scenario}" into the live plan first, then publish`,
    );
  }
  const overlaps = scenarioOverlaps(base, scenarios, r.from, r.to);
  if (overlaps.length > 0 && !r.overrideReason) {
    const names = overlaps.map((o) => `"${o.name}" (${o.differing} placement${o.differing === 1 ? '' : 's'} differ)`).join(', ');
    throw new ApiError(
      'VALIDATION',
      `The range ${r.from} to ${r.to} overlaps unpublished scenario ${names}: promote or drop it first, or publish with an override reason`,
      { scenarios: overlaps },
    );
  }
}
