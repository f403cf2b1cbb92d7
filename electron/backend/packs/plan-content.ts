// Reads what a version freezes from the store: the range's diary timed by the day plans, its
// jobs and operatives, the rules in force, the SLA policy and every override with its reason.
import { RULES, type PlanIndex } from '../../../shared/rules';
import {
  PACK_TIMEZONE,
  timeVisits,
  type FrozenEntry,
  type PackIdentity,
  type PackJob,
  type PackOperative,
  type PlacementOverride,
  type PlanContent,
  type PublishOverride,
} from '../../../shared/pack';
import type { DiaryEntry } from '../../../shared/domain/types';
import { slaPolicyOf } from '../sla/policy';
import { overridesBetween } from '../store/journal';
import type { Store } from '../store/store';

/** Override-log rows for these placements (same job, operative and date), oldest first. */
export function placementOverrides(store: Store, entries: readonly DiaryEntry[]): PlacementOverride[] {
  if (entries.length === 0) return [];
  const placed = new Set(entries.map((e) => `${e.job_ref}\u0000${e.operative_id}\u0000${e.date}`));
  const from = entries.reduce((m, e) => (e.date < m ? e.date : m), entries[0]!.date);
  const to = entries.reduce((m, e) => (e.date > m ? e.date : m), entries[0]!.date);
  const rows: PlacementOverride[] = overridesBetween(store, from, to);
  return rows.filter((r) => placed.has(`${r.job_ref}\u0000${r.operative_id}\u0000${r.date}`));
}

export function planContent(
  store: Store,
  index: PlanIndex,
  entries: readonly DiaryEntry[],
  id: PackIdentity,
  overrides: { placement: PlacementOverride[]; publish: PublishOverride[] },
): { content: PlanContent; frozen: FrozenEntry[] } {
  const diary = timeVisits(index, entries);
  const refs = new Set(diary.map((v) => v.ref));
  const opIds = new Set(diary.map((v) => v.operative_id));
  const jobs: PackJob[] = [...refs].sort().map((ref) => {
    const job = index.world.jobs.get(ref)!;
    return { ...job, sla_deadline: index.world.slaDeadline(job) };
  });
  const operatives: PackOperative[] = [...opIds].sort().map((opId) => {
    const o = index.world.operatives.get(opId)!;
    return {
      id: o.id,
      name: o.name,
      trades: o.trades,
      competences: o.competences,
      shift_start: o.shift_start,
      shift_end: o.shift_end,
      working_days: o.working_days,
      areas: o.areas,
    };
  });
  const content: PlanContent = {
    schema_version: 1,
    pack_id: id.pack_id,
    version: id.version,
    range: { from: id.from, to: id.to },
    scenario: id.scenario,
    published_at: id.created_at,
    published_by: id.created_by,
    app_version: id.app_version,
    timezone: PACK_TIMEZONE,
    operatives,
    jobs,
    diary,
    rules: RULES.map((r) => ({ id: r.id, name: r.name, description: r.description, owner: r.owner, severity: r.severity })),
    sla_policy: slaPolicyOf(store),
    overrides,
  };
  const frozen = diary.map((v) => ({
    ref: v.ref,
    operative_id: v.operative_id,
    date: v.date,
    sequence: v.sequence,
    start: v.start,
    end: v.end,
  }));
  return { content, frozen };
}
