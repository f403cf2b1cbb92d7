// Plan packs: pre-publish checks, publishing a signed version, the version history with diffs,
// the signing key, and verifying a pack handed back by operations.
import { z } from 'zod';
import { packVersionNumberSchema } from '../../domain/limits';
import { dateRangeFields, empty, type ApiSpec } from './common';

const rangeFields = {
  ...dateRangeFields,
  /** Reserved for publishing a scenario; any value is refused until that arrives. */
  scenario: z.string().min(1).max(100).optional(),
};

export const publishCheckSchema = z.object({
  id: z.string(),
  kind: z.enum(['rule', 'owner']),
  ref: z.string(),
  operative_id: z.string(),
  date: z.string(),
  rule_id: z.string().nullable(),
  rule_name: z.string().nullable(),
  message: z.string(),
  overridden: z.object({ reason: z.string(), who: z.string(), at: z.string() }).nullable(),
});

export const signingKeySchema = z.object({
  exists: z.boolean(),
  key_id: z.string().nullable(),
  created_at: z.string().nullable(),
  protection: z.string().nullable(),
  /** minisign public key file text, to hand to operations. */
  public_key: z.string().nullable(),
  public_key_path: z.string().nullable(),
  /** Publishing from here needs a passphrase typed in (none configured for this process). */
  needs_passphrase: z.boolean(),
  /** Weak protection (e.g. the OS keychain keeps plain text) or a damaged key file. */
  warning: z.string().nullable(),
});

const changeSummarySchema = z.object({
  added: z.number().int(),
  removed: z.number().int(),
  moved: z.number().int(),
  retimed: z.number().int(),
  unchanged: z.number().int(),
});

export const packVersionSchema = z.object({
  version: z.number().int(),
  pack_id: z.string(),
  from_date: z.string(),
  to_date: z.string(),
  scenario: z.string().nullable(),
  created_at: z.string(),
  created_by: z.string(),
  app_version: z.string(),
  key_id: z.string(),
  manifest_sha256: z.string(),
  prev_sha256: z.string().nullable(),
  job_count: z.number().int(),
  operative_count: z.number().int(),
  file_count: z.number().int(),
  out_path: z.string(),
  zip_path: z.string().nullable(),
  changes: changeSummarySchema,
  override_count: z.number().int(),
});

/** A visit as a published version froze it. */
export const frozenEntrySchema = z.object({
  ref: z.string(),
  operative_id: z.string(),
  date: z.string(),
  sequence: z.number().int(),
  start: z.string(),
  end: z.string(),
});
const movedSchema = z.object({ ref: z.string(), from: frozenEntrySchema, to: frozenEntrySchema });

export const changeSetSchema = z.object({
  against: z.object({ version: z.number().int(), manifest_sha256: z.string(), from: z.string(), to: z.string() }).nullable(),
  range: z.object({ from: z.string(), to: z.string() }),
  summary: changeSummarySchema,
  added: z.array(frozenEntrySchema),
  removed: z.array(frozenEntrySchema),
  moved: z.array(movedSchema),
  retimed: z.array(movedSchema),
});

export const verifyResultSchema = z.object({
  ok: z.boolean(),
  /** On failure: one line naming the file and the cause. */
  message: z.string(),
  file: z.string().nullable(),
  pack_id: z.string().nullable(),
  version: z.number().int().nullable(),
  key_id: z.string().nullable(),
  manifest_sha256: z.string().nullable(),
});

export const packsApi = {
  'packs/check': {
    input: z.object(rangeFields).strict(),
    output: z.object({
      from: z.string(),
      to: z.string(),
      /** Why this range cannot be published at all (empty, bad range, scenario), else null. */
      problem: z.string().nullable(),
      jobs: z.number().int(),
      operatives: z.number().int(),
      checks: z.array(publishCheckSchema),
      blocking: z.number().int(),
      warnings: z.number().int(),
      next_version: z.number().int(),
    }),
  },
  'packs/publish': {
    input: z
      .object({
        ...rangeFields,
        /** Folder to write the pack into; default PLANWRIGHT_HOME/packs. */
        out_dir: z.string().min(1).max(4096).optional(),
        zip: z.boolean().optional(),
        override_reason: z.string().trim().max(500).optional(),
        /** Unlocks (or, first time, protects) the signing key. Never stored or logged. */
        passphrase: z.string().max(1024).optional(),
      })
      .strict(),
    output: z.object({
      version: z.number().int(),
      pack_id: z.string(),
      path: z.string(),
      zip_path: z.string().nullable(),
      manifest_sha256: z.string(),
      prev_sha256: z.string().nullable(),
      key_id: z.string(),
      key_created: z.boolean(),
      files: z.number().int(),
      jobs: z.number().int(),
      operatives: z.number().int(),
      changes: changeSummarySchema,
      overrides: z.number().int(),
    }),
  },
  'packs/list': { input: empty, output: z.array(packVersionSchema) },
  'packs/get-changes': { input: z.object({ version: packVersionNumberSchema }).strict(), output: changeSetSchema },
  'packs/get-key': { input: empty, output: signingKeySchema },
  'packs/verify': {
    input: z.object({ path: z.string().min(1).max(4096), pubkey_path: z.string().min(1).max(4096).optional() }).strict(),
    output: verifyResultSchema,
  },
  'packs/open-folder': {
    input: z.object({ version: packVersionNumberSchema }).strict(),
    output: z.object({ path: z.string(), opened: z.boolean() }),
  },
} as const satisfies Record<string, ApiSpec>;

export type PublishCheckView = z.infer<typeof publishCheckSchema>;
export type PackVersionView = z.infer<typeof packVersionSchema>;
export type ChangeSetView = z.infer<typeof changeSetSchema>;
export type SigningKeyView = z.infer<typeof signingKeySchema>;
export type VerifyResultView = z.infer<typeof verifyResultSchema>;
