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
  operatives: spec('operatives', ['id'], [
    'id', 'name', 'trades', 'competences', 'start_lat', 'start_lon', 'shift_start', 'shift_end', 'working_days', 'areas',
  ]),
  jobs: spec('jobs', ['ref'], [
    'ref', 'address', 'lat', 'lon', 'area', 'trade', 'min_proficiency', 'competences', 'priority', 'raised_at',
    'duration_min', 'window', 'impact', 'effort', 'owner', 'done_when', 'notes', 'status',
  ]),
  dependencies: spec('dependencies', ['pred_ref', 'succ_ref'], ['pred_ref', 'succ_ref', 'lag_min']),
  absences: spec('absences', ['id'], ['id', 'operative_id', 'from_date', 'to_date', 'reason', 'kind']),
  flags: spec('flags', ['id'], ['id', 'operative_id', 'flag', 'scope', 'until', 'owner', 'note']),
  diary_entries: spec('diary_entries', ['job_ref'], ['job_ref', 'operative_id', 'date', 'start', 'sequence', 'pinned']),
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;
export type Row = Record<string, unknown>;
