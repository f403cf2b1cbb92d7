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
} as const satisfies Record<string, ApiSpec>;
