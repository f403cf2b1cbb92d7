// What comes back from a visit: outcomes (aligned with the HACT repairs data standard's
// no-access and incomplete statuses), reason codes, and the workspace's actuals policy.
import { z } from 'zod';
import { codeSchema } from '../domain/schemas';

export const OUTCOMES = ['COMPLETED', 'NO_ACCESS', 'ABORTIVE', 'FURTHER_WORK', 'CANCELLED'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const outcomeSchema = z.enum(OUTCOMES);

/** Outcomes that open a rebooking item. */
export const REBOOK_OUTCOMES = ['NO_ACCESS', 'ABORTIVE', 'FURTHER_WORK'] as const satisfies readonly Outcome[];
export type RebookOutcome = (typeof REBOOK_OUTCOMES)[number];
/** Failed visits: counted as attempts on the job and towards a repeated-failure address flag. */
export const FAILED_OUTCOMES: readonly Outcome[] = ['NO_ACCESS', 'ABORTIVE'];

/** `actuals.csv`, columns exactly. */
export const ACTUALS_COLUMNS = [
  'ref',
  'version',
  'operative_id',
  'date',
  'arrived',
  'left',
  'outcome',
  'reason',
  'follow_on_trade',
  'follow_on_minutes',
  'notes',
] as const;

export const reasonSchema = z.object({ code: codeSchema, label: z.string().trim().min(1, 'give the reason a label').max(100) });
export type Reason = z.infer<typeof reasonSchema>;

export const DEFAULT_REASONS: readonly Reason[] = [
  { code: 'NO_ANSWER', label: 'No answer at the door' },
  { code: 'TENANT_REFUSED', label: 'Tenant refused access' },
  { code: 'WRONG_TRADE', label: 'Needs another trade' },
  { code: 'NO_MATERIALS', label: 'Materials not available' },
  { code: 'WRONG_INFO', label: 'Job information was wrong' },
  { code: 'RAN_OUT_OF_TIME', label: 'Ran out of time' },
  { code: 'UNSAFE', label: 'Unsafe to work' },
  { code: 'OTHER', label: 'Other (see notes)' },
];

/** After a failed visit the job's SLA clock either continues from when it was raised, or restarts at the visit. */
export const CLOCK_POLICIES = ['continue', 'restart'] as const;
export type ClockPolicy = (typeof CLOCK_POLICIES)[number];
const clock = z.enum(CLOCK_POLICIES);

export const actualsPolicySchema = z.object({
  reasons: z
    .array(reasonSchema)
    .min(1, 'keep at least one reason code')
    .max(100)
    .refine((rs) => new Set(rs.map((r) => r.code)).size === rs.length, 'each reason code once'),
  sla_clock: z.object({ NO_ACCESS: clock, ABORTIVE: clock, FURTHER_WORK: clock }).strict(),
  no_access: z
    .object({
      /** Escalate to the supervisor once a job has had this many no-access visits. */
      escalate_after: z.number().int().min(1, 'at least 1 attempt').max(20, 'at most 20 attempts'),
      /** Job categories never cancelled for no access (see categories.ts for how a job is recognised). */
      never_cancel: z.array(codeSchema).max(50),
      /** Reasons that make a cancellation a cancellation "for no access". */
      no_access_reasons: z.array(codeSchema).max(50),
    })
    .strict(),
  address_flags: z
    .object({
      /** N failed visits at one address ... */
      failures: z.number().int().min(2, 'at least 2 failures').max(20, 'at most 20 failures'),
      /** ... within D days raise a flag. */
      days: z.number().int().min(1, 'at least 1 day').max(365, 'at most 365 days'),
    })
    .strict(),
});
export type ActualsPolicy = z.infer<typeof actualsPolicySchema>;

export const DEFAULT_ACTUALS_POLICY: ActualsPolicy = {
  reasons: [...DEFAULT_REASONS],
  sla_clock: { NO_ACCESS: 'continue', ABORTIVE: 'continue', FURTHER_WORK: 'continue' },
  no_access: {
    escalate_after: 3,
    never_cancel: ['EMERGENCY', 'DAMP_MOULD', 'GAS_SAFETY'],
    no_access_reasons: ['NO_ANSWER', 'TENANT_REFUSED'],
  },
  address_flags: { failures: 2, days: 28 },
};

/** One row of actuals as written (CSV or close-out), checked for shape but not yet against the workspace. */
export interface ActualInput {
  ref: string;
  /** The published version the visit was worked from; null = the latest version covering the date. */
  version: number | null;
  operative_id: string;
  date: string;
  arrived: string | null;
  left: string | null;
  outcome: Outcome;
  reason: string | null;
  follow_on_trade: string | null;
  follow_on_minutes: number | null;
  notes: string;
}

/** An input row with its version in force resolved: what is stored. */
export interface ResolvedActual extends ActualInput {
  version_in_force: number;
}

/** A stored actual (one visit record); `superseded_by` is set once a corrected row replaces it. */
export interface StoredActual extends ResolvedActual {
  id: number;
  source: string;
  recorded_at: string;
  recorded_by: string;
  superseded_by: number | null;
}

/** Visits are keyed by job and day: a second row for the same key is a correction. */
export const visitKey = (a: { ref: string; date: string }): string => `${a.ref}\u0000${a.date}`;

/** True when two rows say the same thing about a visit: every actuals.csv column, the version compared as resolved. */
export function sameVisit(a: ResolvedActual, b: ResolvedActual): boolean {
  return a.version_in_force === b.version_in_force && ACTUALS_COLUMNS.every((c) => c === 'version' || a[c] === b[c]);
}
