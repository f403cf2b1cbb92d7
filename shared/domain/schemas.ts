// Zod schemas for every domain object. The single source of truth for shapes:
// the store, the CSV layer, the API contract and the UI all derive from these.
import { z } from 'zod';

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export const weekdaySchema = z.enum(WEEKDAYS);

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => isRealDate(s), 'not a real calendar date');

export const hhmmSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM (00:00–23:59)');

export const codeSchema = z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/, 'expected an upper-case code like GAS or GAS_SAFE');

export const idSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'letters, digits, "-", "_" or "." only');

export const scoreSchema = z.number().int().min(1, 'must be 1–5').max(5, 'must be 1–5');

export const tradeSkillSchema = z.object({ trade: codeSchema, proficiency: scoreSchema });
export const competenceSchema = z.object({ code: codeSchema, expires: isoDateSchema.nullable() });

export const operativeSchema = z.object({
  id: idSchema,
  name: z.string().min(1, 'must not be empty').max(200),
  trades: z.array(tradeSkillSchema).min(1, 'at least one trade'),
  competences: z.array(competenceSchema),
  start_lat: z.number().min(-90).max(90),
  start_lon: z.number().min(-180).max(180),
  shift_start: hhmmSchema,
  shift_end: hhmmSchema,
  working_days: z.array(weekdaySchema),
  areas: z.array(z.string().min(1).max(32)),
  /** First day the operative no longer works here (retired, history kept); absent or null = active. */
  retired_from: isoDateSchema.nullable().optional(),
});

export const PRIORITIES = ['EMERGENCY', 'URGENT', 'ROUTINE', 'PLANNED'] as const;
export const prioritySchema = z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/, 'expected a priority category code');

/** `on_hold`: not to be planned until it is reopened (e.g. awaiting materials); the reason is in the job's history. */
export const JOB_STATUSES = ['open', 'in_progress', 'on_hold', 'done', 'cancelled', 'archived'] as const;
export const jobStatusSchema = z.enum(JOB_STATUSES);

/** Appointment window as written in CSV: AM, PM, ALL or HH:MM-HH:MM. */
export const windowSchema = z
  .string()
  .regex(/^(AM|PM|ALL|([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d)$/, 'expected AM, PM, ALL or HH:MM-HH:MM');

export const dependencyLinkSchema = z.object({
  ref: idSchema,
  lag_min: z.number().int().min(0, 'lag must not be negative'),
});

export const jobSchema = z.object({
  ref: idSchema,
  address: z.string().max(500),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  area: z.string().max(32),
  trade: codeSchema,
  min_proficiency: scoreSchema,
  competences: z.array(codeSchema),
  priority: prioritySchema,
  raised_at: z.string().min(10),
  duration_min: z
    .number()
    .int()
    .min(1, 'must be at least 1 minute')
    .max(24 * 60),
  window: windowSchema,
  depends_on: z.array(dependencyLinkSchema),
  impact: scoreSchema,
  effort: scoreSchema,
  owner: z.string().max(200),
  done_when: z.string().max(500),
  notes: z.string().max(5000),
  status: jobStatusSchema,
});

export const ABSENCE_KINDS = ['leave', 'sickness', 'training', 'other'] as const;
export const absenceSchema = z.object({
  id: z.number().int().optional(),
  operative_id: idSchema,
  from: isoDateSchema,
  to: isoDateSchema,
  reason: z.string().max(500),
  kind: z.enum(ABSENCE_KINDS),
});

export const FLAG_KINDS = ['DO_NOT_SEND', 'REDUCED_DUTIES'] as const;
export const SCOPE_KINDS = ['trade', 'competence', 'area', 'job'] as const;
/** Scope of a supervisor flag, written `kind:value`, e.g. `trade:GAS`, `competence:HEIGHT`, `area:N1`, `job:J-1001`. */
export const flagScopeSchema = z
  .string()
  .regex(/^(trade|competence|area|job):\S+$/, 'expected scope trade:X, competence:X, area:X or job:REF');

export const flagSchema = z.object({
  id: z.number().int().optional(),
  operative_id: idSchema,
  flag: z.enum(FLAG_KINDS),
  scope: flagScopeSchema,
  until: isoDateSchema.nullable(),
  owner: z.string().max(200),
  note: z.string().max(2000),
});

export const diaryEntrySchema = z.object({
  job_ref: idSchema,
  operative_id: idSchema,
  date: isoDateSchema,
  start: hhmmSchema.nullable(),
  sequence: z.number().int().min(0),
  pinned: z.boolean(),
});

export const slaTargetSchema = z.object({
  priority: prioritySchema,
  unit: z.enum(['hours', 'working_days']),
  value: z.number().positive(),
});
export const slaPolicySchema = z.object({
  categories: z.array(slaTargetSchema).min(1),
});

export const DEFAULT_SLA_POLICY: z.infer<typeof slaPolicySchema> = {
  categories: [
    { priority: 'EMERGENCY', unit: 'hours', value: 24 },
    { priority: 'URGENT', unit: 'working_days', value: 5 },
    { priority: 'ROUTINE', unit: 'working_days', value: 20 },
    { priority: 'PLANNED', unit: 'working_days', value: 60 },
  ],
};

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  const dt = new Date(Date.UTC(y!, m! - 1, d!));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m! - 1 && dt.getUTCDate() === d;
}
