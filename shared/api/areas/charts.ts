// The planning charts' data: utilisation per operative per day and SLA risk by priority.
import { z } from 'zod';
import { dateRangeSchema, empty, type ApiSpec } from './common';

const utilisationRow = z.object({
  operative_id: z.string(),
  name: z.string(),
  date: z.string(),
  working: z.boolean(),
  jobs: z.number().int(),
  work_min: z.number(),
  travel_min: z.number(),
  idle_min: z.number(),
  overrun_min: z.number(),
});

const riskRow = z.object({
  priority: z.string(),
  overdue: z.number().int(),
  late: z.number().int(),
  unscheduled: z.number().int(),
  on_track: z.number().int(),
  no_sla: z.number().int(),
});

export const chartsApi = {
  'charts/get-utilisation': {
    input: dateRangeSchema,
    output: z.object({ dates: z.array(z.string()), rows: z.array(utilisationRow) }),
  },
  'charts/get-sla-risk': {
    input: empty,
    output: z.object({ now: z.string(), rows: z.array(riskRow) }),
  },
} as const satisfies Record<string, ApiSpec>;
