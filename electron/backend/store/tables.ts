// Column lists of every table the change recorder may write. Writes go through these specs
// so that before/after images are complete and replayable by undo/redo.
export interface TableSpec {
  name: string;
  key: readonly string[];
  columns: readonly string[];
}

const spec = (name: string, key: string[], columns: string[]): TableSpec => ({ name, key, columns });

export const TABLES = {
  settings: spec('settings', ['key'], ['key', 'value']),
  operatives: spec(
    'operatives',
    ['id'],
    ['id', 'name', 'trades', 'competences', 'start_lat', 'start_lon', 'shift_start', 'shift_end', 'working_days', 'areas', 'retired_from'],
  ),
  jobs: spec(
    'jobs',
    ['ref'],
    [
      'ref',
      'address',
      'lat',
      'lon',
      'area',
      'trade',
      'min_proficiency',
      'competences',
      'priority',
      'raised_at',
      'duration_min',
      'window',
      'impact',
      'effort',
      'owner',
      'done_when',
      'notes',
      'status',
    ],
  ),
  dependencies: spec('dependencies', ['pred_ref', 'succ_ref'], ['pred_ref', 'succ_ref', 'lag_min']),
  absences: spec('absences', ['id'], ['id', 'operative_id', 'from_date', 'to_date', 'reason', 'kind']),
  flags: spec('flags', ['id'], ['id', 'operative_id', 'flag', 'scope', 'until', 'owner', 'note']),
  diary_entries: spec('diary_entries', ['job_ref'], ['job_ref', 'operative_id', 'date', 'start', 'sequence', 'pinned']),
  review_triggers: spec('review_triggers', ['id'], ['id', 'kind', 'job_refs', 'operative_id', 'message', 'raised_at']),
  review_acks: spec('review_acks', ['trigger_key'], ['trigger_key', 'note', 'at', 'who']),
  baselines: spec('baselines', ['id'], ['id', 'label', 'saved_at']),
  baseline_finishes: spec('baseline_finishes', ['baseline_id', 'job_ref'], ['baseline_id', 'job_ref', 'finish_abs']),
  job_archive: spec('job_archive', ['job_ref'], ['job_ref', 'reason', 'at', 'who']),
  roster_patterns: spec('roster_patterns', ['id'], ['id', 'operative_id', 'name', 'kind', 'anchor', 'from_date', 'to_date', 'days']),
  roster_days: spec(
    'roster_days',
    ['operative_id', 'date', 'kind'],
    ['operative_id', 'date', 'kind', 'start_time', 'end_time', 'overnight'],
  ),
  // Actuals (issue 14): visits, follow-on links, address flags, learned standard durations.
  actuals: spec(
    'actuals',
    ['id'],
    [
      'id',
      'ref',
      'version',
      'version_given',
      'operative_id',
      'date',
      'arrived',
      'left_at',
      'outcome',
      'reason',
      'follow_on_trade',
      'follow_on_minutes',
      'notes',
      'source',
      'recorded_at',
      'recorded_by',
      'superseded_by',
    ],
  ),
  follow_on_jobs: spec('follow_on_jobs', ['follow_on_ref'], ['follow_on_ref', 'origin_ref', 'origin_date']),
  address_flags: spec(
    'address_flags',
    ['id'],
    ['id', 'address_key', 'address', 'raised_on', 'raised_at', 'owner', 'escalated_at', 'closed_at', 'closed_by', 'close_note'],
  ),
  address_flag_visits: spec('address_flag_visits', ['flag_id', 'actual_id'], ['flag_id', 'actual_id', 'added_at']),
  standard_durations: spec(
    'standard_durations',
    ['trade', 'job_type'],
    ['trade', 'job_type', 'minutes', 'samples', 'spread_min', 'from_date', 'to_date', 'applied_at', 'applied_by'],
  ),
  // Change control (issue 15): people and their roles, the decision-rights table.
  people: spec('people', ['id'], ['id', 'name', 'role', 'os_user', 'team', 'operatives']),
  decision_rights: spec('decision_rights', ['decision'], ['decision', 'responsible', 'accountable', 'consulted', 'informed']),
  change_requests: spec(
    'change_requests',
    ['id'],
    [
      'id',
      'ref',
      'kind',
      'from_operative',
      'to_operative',
      'from_date',
      'to_date',
      'to_priority',
      'from_priority',
      'requested_by',
      'role',
      'reason',
      'source',
      'requested_at',
      'state',
      'policy',
      'decided_by',
      'decided_at',
      'answer',
    ],
  ),
  visit_locks: spec('visit_locks', ['job_ref'], ['job_ref', 'lock', 'reason', 'set_by', 'set_at']),
  deviation_reviews: spec('deviation_reviews', ['key'], ['key', 'state', 'note', 'assumption', 'reviewed_by', 'reviewed_at']),
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;
export type Row = Record<string, unknown>;
