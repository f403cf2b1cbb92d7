// closeout/*: the end-of-day close-out summary per team and date (issue 15), built from actuals,
// as a view and a PDF. (The per-operative close-out form that records actuals is actuals/*.)
import { z } from 'zod';
import { DEVIATION_KINDS } from '../../governance/deviations';
import { dayTeamSchema, operativeDaySchema, pdfFileSchema, type ApiSpec } from './common';

const input = dayTeamSchema;
const s = z.string();
const ns = z.string().nullable();
const n = z.number().int();
const place = operativeDaySchema.nullable();
const counts = { planned: n, completed: n, not_done: n, not_recorded: n, unplanned: n };

export const TOMORROW_FLAG_KINDS = ['absence', 'restriction', 'carried-over', 'not-rebooked', 'address', 'sla-due'] as const;

export const closeOutSummarySchema = z.object({
  date: s,
  team: ns,
  version: n.nullable(),
  message: ns,
  totals: z.object(counts),
  operatives: z.array(z.object({ id: s, name: s, ...counts })),
  visits: z.array(
    z.object({
      ref: s,
      trade: s,
      priority: s,
      planned: z.object({ operative_id: s, start: s }).nullable(),
      actual: z.object({ operative_id: s, arrived: ns, left: ns }).nullable(),
      outcome: ns,
      reason: ns,
    }),
  ),
  carry_overs: z.array(z.object({ ref: s, priority: s, outcome: ns, reason: ns, booked: place, status: s, deadline: ns })),
  priority_rebookings: z.array(
    z.object({
      ref: s,
      priority: s,
      urgent: z.boolean(),
      outcome: s,
      reason: ns,
      deadline: ns,
      attempts: n,
      escalated: z.boolean(),
      owner: s,
      follow_on_of: ns,
      booked: place,
    }),
  ),
  deviations: z.array(
    z.object({
      key: s,
      ref: s,
      kind: z.enum(DEVIATION_KINDS),
      decided_by: s,
      reason: s,
      within_policy: z.boolean(),
      silent_override: z.boolean(),
    }),
  ),
  tomorrow: z.object({
    date: s,
    flags: z.array(z.object({ kind: z.enum(TOMORROW_FLAG_KINDS), ref: ns, operative_id: ns, message: s })),
  }),
});
export type CloseOutSummaryView = z.infer<typeof closeOutSummarySchema>;

export const closeOutApi = {
  'closeout/get': { input, output: closeOutSummarySchema },
  'closeout/create-pdf': { input, output: pdfFileSchema },
} as const satisfies Record<string, ApiSpec>;
