// The one column list of every table in a workspace file. The migrations create the tables; this
// is the only other place their columns are written down, and test/unit/backend/tables.test.ts
// compares it with `PRAGMA table_info` of a freshly migrated file, so the two cannot drift.
// A migration that adds a table or a column adds it here too (the test says which).
//
// RECORDED tables are written through the change recorder (one undo step per mutation), so their
// before/after images must be complete. JOURNAL tables are history that stays outside undo on
// purpose (the undo stack itself, job events, the override log, published versions, scenarios,
// fork fingerprints, the migration ledger): written directly, by functions in this folder.
export interface TableSpec<C extends string = string> {
  name: string;
  /** Primary-key columns, in key order. */
  key: readonly C[];
  /** Every column, in table order. */
  columns: readonly C[];
}

const spec = <const C extends string>(name: string, key: readonly C[], columns: readonly C[]): TableSpec<C> => ({ name, key, columns });

export const TABLES = {
  settings: spec('settings', ['key'], ['key', 'value']),
  operatives: spec(
    'operatives',
    ['id'],
    ['id', 'name', 'trades', 'competences', 'start_lat', 'start_lon', 'shift_start', 'shift_end', 'working_days', 'areas', 'retired_from'],
  ),
  // prettier-ignore
  jobs: spec('jobs', ['ref'], [
    'ref', 'address', 'lat', 'lon', 'area', 'trade', 'min_proficiency', 'competences', 'priority', 'raised_at', 'duration_min',
    'window', 'impact', 'effort', 'owner', 'done_when', 'notes', 'status',
  ]),
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
  // prettier-ignore
  actuals: spec('actuals', ['id'], [
    'id', 'ref', 'version', 'version_given', 'operative_id', 'date', 'arrived', 'left_at', 'outcome', 'reason', 'follow_on_trade',
    'follow_on_minutes', 'notes', 'source', 'recorded_at', 'recorded_by', 'superseded_by',
  ]),
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
      'to_sequence',
    ],
  ),
  visit_locks: spec('visit_locks', ['job_ref'], ['job_ref', 'lock', 'reason', 'set_by', 'set_at']),
  deviation_reviews: spec('deviation_reviews', ['key'], ['key', 'state', 'note', 'assumption', 'reviewed_by', 'reviewed_at']),
} as const;

export const JOURNAL_TABLES = {
  schema_migrations: spec('schema_migrations', ['version'], ['version', 'name', 'applied_at']),
  history: spec('history', ['id'], ['id', 'label', 'at', 'changes', 'state', 'actor']),
  job_events: spec('job_events', ['id'], ['id', 'job_ref', 'at', 'kind', 'detail', 'who']),
  operative_events: spec('operative_events', ['id'], ['id', 'operative_id', 'at', 'who', 'kind', 'detail']),
  override_log: spec('override_log', ['id'], ['id', 'at', 'who', 'job_ref', 'operative_id', 'date', 'rule_id', 'violation', 'reason']),
  // prettier-ignore
  plan_pack_versions: spec('plan_pack_versions', ['version'], [
    'version', 'pack_id', 'from_date', 'to_date', 'scenario', 'created_at', 'created_by', 'app_version', 'key_id', 'manifest_sha256',
    'prev_sha256', 'manifest', 'signature', 'plan', 'changes', 'overrides', 'job_count', 'operative_count', 'file_count', 'out_path',
    'zip_path',
  ]),
  plan_pack_entries: spec(
    'plan_pack_entries',
    ['version', 'job_ref'],
    ['version', 'job_ref', 'operative_id', 'date', 'sequence', 'start_at', 'end_at'],
  ),
  scenarios: spec('scenarios', ['name'], ['name', 'file', 'from_name', 'note', 'created_at', 'promoted_at']),
  fork_rows: spec('fork_rows', ['tbl', 'key'], ['tbl', 'key', 'hash']),
  // Team sync (issue 17): local to this file, never synced.
  // prettier-ignore
  team_link: spec('team_link', ['id'], [
    'id', 'server', 'token', 'team_id', 'member_id', 'member_name', 'role', 'actor', 'confirmed_seq', 'last_sync', 'last_error',
    'public_key',
  ]),
  team_outbox: spec('team_outbox', ['ord'], ['ord', 'id', 'name', 'input', 'actor', 'at', 'base_seq', 'state', 'code', 'reason']),
  team_applied: spec('team_applied', ['id'], ['id', 'seq']),
} as const;

/** A table the change recorder may write (an undoable step). */
export type TableName = keyof typeof TABLES;
export type JournalTable = keyof typeof JOURNAL_TABLES;
export type ColumnOf<T extends TableName> = (typeof TABLES)[T]['columns'][number];
export type JournalColumnOf<T extends JournalTable> = (typeof JOURNAL_TABLES)[T]['columns'][number];
/** A whole row of a recorded table: leaving out or misspelling a column is a compile error. */
export type TableRow<T extends TableName> = Record<ColumnOf<T>, unknown>;
export type Row = Record<string, unknown>;

/** Every table of a migrated workspace file, recorded or journal. */
export const ALL_TABLES: Readonly<Record<string, TableSpec>> = { ...TABLES, ...JOURNAL_TABLES };

/** A column list for SQL (`a, b, c`), from the one list, optionally without some columns. */
export function columnList<C extends string>(spec: TableSpec<C>, without: readonly C[] = []): string {
  return spec.columns.filter((c) => !without.includes(c)).join(', ');
}
