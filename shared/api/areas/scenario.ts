// What-if scenarios: create (fork), list, compare two plans by KPIs and differing jobs, promote
// into the live plan, drop.
import { z } from 'zod';
import { isoDateSchema } from '../../domain/schemas';
import { empty, type ApiSpec } from './common';

const scenarioName = z.string().trim().min(1, 'a scenario needs a name').max(60, 'at most 60 characters');
/** 'base' is the live plan. */
const planName = z.string().trim().min(1, 'name a plan: base or a scenario');

export const scenarioInfoSchema = z.object({
  name: z.string(),
  from: z.string().nullable(),
  note: z.string(),
  created_at: z.string(),
  promoted_at: z.string().nullable(),
});

export const planKpisSchema = z.object({
  jobs: z.number(),
  placed: z.number(),
  unplaced: z.number(),
  slaBreaches: z.record(z.string(), z.number()),
  slaBreachesTotal: z.number(),
  travelHours: z.number(),
  workHours: z.number(),
  overtimeHours: z.number(),
  utilisation: z.number(),
  criticalPathFinish: z.string().nullable(),
});

const slot = z.object({ operative: z.string(), date: z.string(), start: z.string() }).nullable();

export const scenarioApi = {
  'scenario/list': { input: empty, output: z.array(scenarioInfoSchema) },
  'scenario/create': {
    input: z.object({ name: scenarioName, from: planName.nullable().optional(), note: z.string().max(500).optional() }).strict(),
    output: scenarioInfoSchema.extend({ ms: z.number() }),
  },
  'scenario/compare': {
    input: z.object({ a: planName, b: planName, from: isoDateSchema.optional(), to: isoDateSchema.optional() }).strict(),
    output: z.object({
      from: z.string(),
      to: z.string(),
      a: planKpisSchema,
      b: planKpisSchema,
      changes: z.array(z.object({ ref: z.string(), a: slot, b: slot })),
    }),
  },
  'scenario/promote': {
    input: z.object({ name: scenarioName, note: z.string().max(500).optional(), confirm: z.boolean().optional() }).strict(),
    output: z.object({ applied: z.number().int(), baseChanged: z.array(z.string()), conflicts: z.array(z.string()) }),
  },
  'scenario/drop': { input: z.object({ name: scenarioName }).strict(), output: z.object({ name: z.string() }) },
} as const satisfies Record<string, ApiSpec>;
