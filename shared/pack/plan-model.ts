// What a published version freezes: the content of plan.json. Also what run sheets, the
// calendar files and the diff are rendered from, so every file in a pack tells one story.
import type { Job, Operative, SlaPolicy } from '../domain/types';

export const PACK_TIMEZONE = 'Europe/London';

/** An operative as operations need them: no home coordinates (not needed to run the day). */
export type PackOperative = Pick<
  Operative,
  'id' | 'name' | 'trades' | 'competences' | 'shift_start' | 'shift_end' | 'working_days' | 'areas'
>;

export type PackJob = Job & { sla_deadline: string | null };

/** A job placed on an operative's day, timed by the day plan. Times are UK local `YYYY-MM-DDTHH:MM`. */
export interface PackVisit {
  ref: string;
  operative_id: string;
  date: string;
  sequence: number;
  start: string;
  end: string;
  /** A booked start the planner fixed, if any. */
  booked_start: string | null;
  pinned: boolean;
  travel_min: number;
}

export interface PackRule {
  id: string;
  name: string;
  description: string;
  owner: string;
  severity: string;
}

/** A hard rule broken on purpose when the job was placed (from the override log). */
export interface PlacementOverride {
  at: string;
  who: string;
  job_ref: string;
  operative_id: string;
  date: string;
  rule_id: string;
  violation: string;
  reason: string;
}

/** A pre-publish check that blocked and was overridden when publishing. */
export interface PublishOverride {
  check_id: string;
  kind: 'rule' | 'owner';
  ref: string;
  operative_id: string;
  date: string;
  rule_id: string | null;
  message: string;
  reason: string;
  who: string;
  at: string;
}

export interface PackIdentity {
  pack_id: string;
  version: number;
  from: string;
  to: string;
  scenario: string | null;
  created_at: string;
  created_by: string;
  app_version: string;
  key_id: string;
  prev_version: number | null;
  prev_manifest_sha256: string | null;
}

export interface PlanContent {
  schema_version: 1;
  pack_id: string;
  version: number;
  range: { from: string; to: string };
  scenario: string | null;
  published_at: string;
  published_by: string;
  app_version: string;
  timezone: typeof PACK_TIMEZONE;
  operatives: PackOperative[];
  jobs: PackJob[];
  diary: PackVisit[];
  rules: PackRule[];
  sla_policy: SlaPolicy;
  overrides: { placement: PlacementOverride[]; publish: PublishOverride[] };
}
