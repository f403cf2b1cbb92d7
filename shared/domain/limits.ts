// What the domain allows for the numbers the API takes, in one place: every number in the
// contract's inputs is bounded (test/unit/shared/api/contract-bounds.test.ts walks them all).
import { z } from 'zod';

/** A job lasts at least a minute, so one operative-day holds at most 1,440 jobs. */
export const MAX_JOBS_PER_DAY = 24 * 60;
/** Row ids (absences, patterns…): SQLite integers, far beyond any workspace. */
export const MAX_ROW_ID = 2 ** 31 - 1;
/** Published plan versions: one a day for over 2,700 years. */
export const MAX_PACK_VERSION = 1_000_000;
/** Seeds are 32-bit unsigned. */
export const MAX_SEED = 2 ** 32 - 1;
/** Operatives in one auto-schedule run (the seed's own ceiling). */
export const MAX_OPERATIVES_PER_RUN = 5000;

/**
 * SLA targets. Hours: UK emergency repairs are 2–24 hours; allow up to 30 days (720 h).
 * Working days: urgent 3–7, routine 20–30, planned longer; allow up to a working year (260).
 */
export const MAX_SLA_HOURS = 720;
export const MAX_SLA_WORKING_DAYS = 260;
/** Priority categories in one policy. */
export const MAX_SLA_CATEGORIES = 20;

/** Position of a job in an operative's day (0 = first). */
export const daySequenceSchema = z
  .number()
  .int()
  .min(0)
  .max(MAX_JOBS_PER_DAY - 1, `at most ${MAX_JOBS_PER_DAY} jobs in a day`);
export const rowIdSchema = z.number().int().min(1, 'ids start at 1').max(MAX_ROW_ID);
export const packVersionNumberSchema = z.number().int().min(1).max(MAX_PACK_VERSION);
export const seedSchema = z.number().int().min(0).max(MAX_SEED);
