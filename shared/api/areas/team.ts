// Working as a team (issue 17): this workstation's link to its team server, sync, and the
// commands the server refused (conflicts) with what the planner does about each.
import { z } from 'zod';
import type { ApiSpec } from './common';

const empty = z.object({}).strict();
const uuid = z.string().regex(/^[0-9a-f-]{36}$/, 'must be a command id');

export const teamStatusSchema = z.object({
  joined: z.boolean(),
  online: z.boolean(),
  pending: z.number().int(),
  conflicts: z.number().int(),
  last_sync: z.string().nullable(),
  server: z.string().nullable(),
  member: z.string().nullable(),
  error: z.string().nullable(),
  /** The team's signing key (minisign public key text) once the team has published; packs verify against it. */
  public_key: z.string().nullable(),
});

export const teamConflictSchema = z.object({
  id: z.string(),
  name: z.string(),
  input: z.unknown(),
  at: z.string(),
  state: z.enum(['conflict', 'sign-off']),
  code: z.string().nullable(),
  reason: z.string().nullable(),
  /** One line for a person: what the command was. */
  summary: z.string(),
});

const syncResultSchema = z.object({
  pushed: z.number().int(),
  pulled: z.number().int(),
  conflicts: z.number().int(),
  confirmed_seq: z.number().int(),
  rebased: z.boolean(),
  /** Published versions of the team this sync brought (rows and packs). */
  versions: z.number().int(),
});

/** The plan tables a replayable whole-plan change (an accepted run, a promoted scenario) may write. */
export const TEAM_ROW_TABLES = [
  'operatives',
  'jobs',
  'dependencies',
  'absences',
  'flags',
  'diary_entries',
  'roster_patterns',
  'roster_days',
] as const;
const cell = z.union([
  z.string().max(100_000),
  z
    .number()
    .min(-(2 ** 32))
    .max(2 ** 32),
  z.null(),
]);
const rowSchema = z.record(z.string().regex(/^[a-z_]{1,40}$/, 'must be a column name'), cell);

export const rowChangeSchema = z
  .object({
    table: z.enum(TEAM_ROW_TABLES),
    /** The row's key columns. */
    key: rowSchema,
    /** The row as the sender saw it on the plan (a hash), null when there was none: a stale row is a conflict. */
    before: z.string().max(100).nullable(),
    /** The row as it becomes; null deletes it. */
    after: rowSchema.nullable(),
    /** Added under a fresh id (an absence or flag both plans added): written as a new row. */
    as_new: z.boolean().optional(),
  })
  .strict();
export type RowChangeInput = z.infer<typeof rowChangeSchema>;

export const teamApi = {
  'team/get-status': { input: empty, output: teamStatusSchema },
  'team/sync-now': { input: empty, output: syncResultSchema },
  'team/join-server': {
    input: z
      .object({
        server: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(300),
        token: z.string().trim().min(8, 'must be a team token').max(200),
      })
      .strict(),
    output: syncResultSchema.extend({ team_id: z.string(), member: z.string() }),
  },
  'team/list-conflicts': { input: empty, output: z.array(teamConflictSchema) },
  /** redo: apply again as a new command; drop: forget it; sign-off: a change request for a planner to approve. */
  'team/resolve-conflict': {
    input: z.object({ id: uuid, action: z.enum(['redo', 'drop', 'sign-off'], { error: 'must be redo, drop or sign-off' }) }).strict(),
    output: z.object({ id: z.string(), action: z.string(), message: z.string() }),
  },
  /**
   * The rows an accepted schedule run or a promoted scenario changes, carried whole so every
   * machine replays the same step (issue 17); refused when a row changed since (stale) or a
   * placement now breaks a rule the sender's plan did not.
   */
  'team/apply-rows': {
    input: z
      .object({
        label: z.string().trim().min(1).max(300),
        source: z.enum(['schedule/accept-run', 'scenario/promote']),
        changes: z.array(rowChangeSchema).min(1).max(100_000),
        /** Rule findings the sender's plan already had ("ref|rule_id"): not a conflict. */
        known_violations: z.array(z.string().max(300)).max(100_000),
      })
      .strict(),
    output: z.object({ applied: z.number().int() }),
  },
} as const satisfies Record<string, ApiSpec>;
