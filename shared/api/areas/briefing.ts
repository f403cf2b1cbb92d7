// briefing/*: the start-of-day briefing per team and date (issue 15), as a view and a PDF.
import { z } from 'zod';
import { dayTeamSchema, pdfFileSchema, type ApiSpec } from './common';

const input = dayTeamSchema;
const s = z.string();
const ns = z.string().nullable();

export const briefingSchema = z.object({
  date: s,
  team: ns,
  operatives: z.array(
    z.object({
      id: s,
      name: s,
      visits: z.array(z.object({ ref: s, start: ns, trade: s, priority: s, address: s, locked: ns })),
    }),
  ),
  absences: z.array(z.object({ operative_id: s, name: s, from: s, to: s, kind: s, reason: s })),
  restrictions: z.array(z.object({ operative_id: s, name: s, flag: s, scope: s, until: ns, note: s })),
  watch: z.array(z.object({ ref: s, priority: s, operative_id: s, deadline: ns })),
  exceptions: z.array(z.object({ kind: z.enum(['unplaced-emergency', 'sla-at-risk', 'locked-conflict']), ref: s, message: s })),
  priority_changes: z.array(z.object({ ref: s, from: ns, to: ns, state: s, requested_by: s, reason: s, operative_id: ns })),
});
export type BriefingView = z.infer<typeof briefingSchema>;

export const briefingApi = {
  'briefing/get': { input, output: briefingSchema },
  'briefing/create-pdf': { input, output: pdfFileSchema },
} as const satisfies Record<string, ApiSpec>;
