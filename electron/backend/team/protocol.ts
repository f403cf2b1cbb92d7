// What travels between a workstation and its team server (JSON over HTTP on one path prefix).
// The server checks every body against these schemas; the client reads replies through them.
import { z } from 'zod';
import { commandEnvelopeSchema } from '../../../shared/api/command';
import { frozenEntrySchema } from '../../../shared/api/areas/packs';
import { isoDateSchema } from '../../../shared/domain/schemas';
import { roleSchema } from '../../../shared/governance/roles';

export const API_PREFIX = '/v1';
export const SCHEMA_HEADER = 'x-planwright-schema';
export const TEAM_HEADER = 'x-planwright-team';
export const MAX_PUSH = 500;
export const MAX_PULL = 2000;

export const sentCommandSchema = commandEnvelopeSchema.extend({ name: z.string().min(1).max(100), input: z.unknown() }).strict();
export type SentCommand = z.infer<typeof sentCommandSchema>;

export const pushBodySchema = z.object({ commands: z.array(sentCommandSchema).min(1).max(MAX_PUSH) }).strict();

/** The server's verdict on a command: accepted, or rejected with the error code and reason. */
const verdictFields = {
  status: z.enum(['accepted', 'rejected']),
  code: z.string().nullable(),
  reason: z.string().nullable(),
};

export const outcomeSchema = z.object({
  id: z.string(),
  seq: z.number().int(),
  ...verdictFields,
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
  ...verdictFields,
});
export type LoggedCommand = z.infer<typeof loggedCommandSchema>;

export const pushReplySchema = z.object({ results: z.array(outcomeSchema), head: z.number().int() });
/** version_head: the team's latest published version (a workstation behind it fetches /versions). */
export const pullReplySchema = z.object({
  commands: z.array(loggedCommandSchema),
  head: z.number().int(),
  version_head: z.number().int().default(0),
});
export const inviteBodySchema = z.object({ name: z.string().trim().min(1).max(200), role: roleSchema }).strict();
export const inviteReplySchema = z.object({ member_id: z.string(), token: z.string() });
export const teamReplySchema = z.object({
  team_id: z.string(),
  schema: z.number().int(),
  head: z.number().int(),
  member: z.object({ id: z.string(), name: z.string(), role: z.string(), admin: z.boolean() }),
});
export const errorReplySchema = z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) });

export const MAX_VERSIONS_PULL = 5;
export const publishBodySchema = z
  .object({ from: isoDateSchema, to: isoDateSchema, override_reason: z.string().trim().max(500).optional() })
  .strict();
export const publishReplySchema = z.object({ version: z.number().int(), seq: z.number().int(), key_created: z.boolean() });

/** A version as the team server made it: its row (no local paths), frozen diary and every pack file. */
export const teamVersionSchema = z.object({
  version: z.number().int().min(1),
  seq: z.number().int(),
  folder: z.string().regex(/^planwright-v\d{3,}-[0-9_-]+$/),
  row: z.looseObject({ version: z.number().int(), manifest_sha256: z.string() }),
  entries: z.array(frozenEntrySchema),
  files: z.array(z.object({ path: z.string().min(1).max(300), base64: z.string() })),
});
export type TeamVersion = z.infer<typeof teamVersionSchema>;
export const versionsReplySchema = z.object({
  versions: z.array(teamVersionSchema),
  /** The team's signing key (minisign public key file text), once the first version was published. */
  public_key: z.string().nullable(),
  head: z.number().int(),
});

/** The actor a member's commands run as, everywhere. */
export const memberActor = (memberId: string): string => `person:${memberId}`;
