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
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;
export type Row = Record<string, unknown>;
