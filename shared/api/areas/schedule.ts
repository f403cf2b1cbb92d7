import { z } from 'zod';
import { idSchema, isoDateSchema } from '../../domain/schemas';
import { MAX_OPERATIVES_PER_RUN, seedSchema } from '../../domain/limits';
import { violationSchema, type ApiSpec } from './common';
import { planKpisSchema as kpis } from './scenario';

const runId = z.string().regex(/^run-[a-z0-9-]+$/, 'not a run id');

const slot = z.object({ operative_id: z.string(), date: z.string(), start: z.string() });

export const scheduleRunSchema = z.object({
  id: z.string(),
  state: z.enum(['running', 'done', 'cancelled', 'failed', 'accepted', 'rejected']),
  from: z.string(),
  to: z.string(),
  startedAt: z.string(),
  /** 0–1 of the time budget used. */
  progress: z.number(),
  elapsedMs: z.number(),
  error: z.string().nullable(),
  preview: z
    .object({
      added: z.array(z.object({ ref: z.string(), to: slot, warnings: z.array(violationSchema) })),
      moved: z.array(z.object({ ref: z.string(), from: slot, to: slot, warnings: z.array(violationSchema) })),
      unplaced: z.array(
        z.object({
          ref: z.string(),
          summary: z.string(),
          reasons: z.array(z.object({ ruleId: z.string(), ruleName: z.string(), count: z.number(), example: z.string() })),
          fixes: z.array(z.string()),
        }),
      ),
      before: kpis,
      after: kpis,
      checkOk: z.boolean(),
      problems: z.array(z.string()),
      iterations: z.number(),
      /** ms past the time limit, from pressing Run to the preview (0 when kept): the first complete plan is always finished. */
      overrunMs: z.number(),
    })
    .nullable(),
});

export const scheduleApi = {
  'schedule/start-run': {
    input: z
      .object({
        from: isoDateSchema,
        to: isoDateSchema,
        /** Default: every operative. */
        operatives: z.array(idSchema).min(1, 'choose at least one operative').max(MAX_OPERATIVES_PER_RUN).optional(),
        /** false: place only unscheduled jobs; true: unpinned placements in scope may move too. */
        reoptimise: z.boolean().optional(),
        timeLimitMs: z.number().int().min(1, 'time limit must be at least 1 ms').max(600_000).optional(),
        seed: seedSchema.optional(),
        /** Place only these unscheduled jobs (e.g. roster drop-outs sent back to the tray). */
        refs: z.array(idSchema).min(1, 'give at least one job').max(5000).optional(),
        /** Plan with the standard durations learned from actuals (off by default). */
        learnedDurations: z.boolean().optional(),
      })
      .strict(),
    output: scheduleRunSchema,
  },
  'schedule/get-run': { input: z.object({ id: runId }).strict(), output: scheduleRunSchema },
  'schedule/cancel-run': { input: z.object({ id: runId }).strict(), output: scheduleRunSchema },
  'schedule/accept-run': { input: z.object({ id: runId }).strict(), output: scheduleRunSchema },
  'schedule/reject-run': { input: z.object({ id: runId }).strict(), output: scheduleRunSchema },
  'schedule/explain-job': {
    input: z.object({ ref: idSchema }).strict(),
    output: z.object({
      ref: z.string(),
      summary: z.string(),
      alternatives: z.array(
        z.object({ operative: z.string(), date: z.string(), extraTravelMin: z.number(), warnings: z.array(z.string()) }),
      ),
      blockedBy: z.array(z.object({ rule: z.string(), count: z.number() })),
    }),
  },
} as const satisfies Record<string, ApiSpec>;
