// What travels between a workstation and its team server (JSON over HTTP on one path prefix).
// The server checks every body against these schemas; the client reads replies through them.
import { z } from 'zod';
import { commandEnvelopeSchema } from '../../../shared/api/command';
import { roleSchema } from '../../../shared/governance/roles';

export const API_PREFIX = '/v1';
export const SCHEMA_HEADER = 'x-planwright-schema';
export const TEAM_HEADER = 'x-planwright-team';
export const MAX_PUSH = 500;
export const MAX_PULL = 2000;

export const sentCommandSchema = commandEnvelopeSchema.extend({ name: z.string().min(1).max(100), input: z.unknown() }).strict();
export type SentCommand = z.infer<typeof sentCommandSchema>;

export const pushBodySchema = z.object({ commands: z.array(sentCommandSchema).min(1).max(MAX_PUSH) }).strict();

export const outcomeSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  status: z.enum(['accepted', 'rejected']),
  code: z.string().nullable(),
  reason: z.string().nullable(),
});
export type CommandOutcome = z.infer<typeof outcomeSchema>;

export const loggedCommandSchema = z.object({
  seq: z.number().int(),
  id: z.string(),
  name: z.string(),
  input: z.unknown(),
  actor: z.string(),
  at: z.string(),
  base_seq: z.number().int(),
  status: z.enum(['accepted', 'rejected']),
  code: z.string().nullable(),
  reason: z.string().nullable(),
});
export type LoggedCommand = z.infer<typeof loggedCommandSchema>;

export const pushReplySchema = z.object({ results: z.array(outcomeSchema), head: z.number().int() });
export const pullReplySchema = z.object({ commands: z.array(loggedCommandSchema), head: z.number().int() });
export const inviteBodySchema = z.object({ name: z.string().trim().min(1).max(200), role: roleSchema }).strict();
export const inviteReplySchema = z.object({ member_id: z.string(), token: z.string() });
export const teamReplySchema = z.object({
  team_id: z.string(),
  schema: z.number().int(),
  head: z.number().int(),
  member: z.object({ id: z.string(), name: z.string(), role: z.string(), admin: z.boolean() }),
});
export const errorReplySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** The actor a member's commands run as, everywhere. */
export const memberActor = (memberId: string): string => `person:${memberId}`;
