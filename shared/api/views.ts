// Read models the API returns: domain objects plus what is derived for display.
import { z } from 'zod';
import { diaryEntrySchema, jobSchema, operativeSchema, absenceSchema, flagSchema, slaPolicySchema } from '../domain/schemas';

export const placementSchema = diaryEntrySchema.omit({ job_ref: true });

export const jobViewSchema = jobSchema.extend({
  /** Local wall-clock `YYYY-MM-DDTHH:MM`, or null when the priority has no SLA target. */
  sla_deadline: z.string().nullable(),
  placement: placementSchema.nullable(),
  /** Why it is cancelled or on hold (from its history), when it is. */
  status_reason: z.string().nullable().optional(),
});

export const operativeViewSchema = operativeSchema.extend({
  absences: z.array(absenceSchema),
  flags: z.array(flagSchema),
});

export const csvRowErrorSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  field: z.string().nullable(),
  message: z.string(),
});

export const importCountsSchema = z.object({
  operatives: z.number().int(),
  jobs: z.number().int(),
  absences: z.number().int(),
  flags: z.number().int(),
  dependencies: z.number().int(),
});

export const importResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), counts: importCountsSchema }),
  z.object({ ok: z.literal(false), errors: z.array(csvRowErrorSchema) }),
]);

export const historyStatusSchema = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});

export const workspaceInfoSchema = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
  counts: z.object({
    operatives: z.number().int(),
    jobs: z.number().int(),
    unscheduled: z.number().int(),
    diaryEntries: z.number().int(),
  }),
  slaPolicy: slaPolicySchema,
  /** Why the workspace is open read-only (browse, export, compare), or null when it takes changes. */
  readOnly: z.string().nullable(),
});

export type JobView = z.infer<typeof jobViewSchema>;
export type OperativeView = z.infer<typeof operativeViewSchema>;
export type CsvRowError = z.infer<typeof csvRowErrorSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
export type HistoryStatus = z.infer<typeof historyStatusSchema>;
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;
