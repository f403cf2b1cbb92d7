// The deviation log (issue 15): every difference between the version in force and what happened
// — from actuals (other operative, other day, other time, not done) and from changes (approved,
// free, or made outside policy) — as one entry with who decided, a reason category, whether it was
// within policy, and its review state. An actual no change explains is a silent override.
import { z } from 'zod';

export const DEVIATION_KINDS = [
  'other-operative',
  'other-day',
  'other-time',
  'not-done',
  'resequence',
  'reassign-same-day',
  'move-day',
  'add-emergency',
  'cancel',
  'change-priority',
] as const;
export type DeviationKind = (typeof DEVIATION_KINDS)[number];

export const REVIEW_STATES = ['open', 'reviewed', 'assumption'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REASON_CATEGORIES = [
  'no-access',
  'sickness',
  'emergency',
  'tenant',
  'overrun',
  'materials',
  'travel',
  'other',
  'unexplained',
] as const;
export type ReasonCategory = (typeof REASON_CATEGORIES)[number];

const placeSchema = z.object({ operative_id: z.string(), date: z.string(), time: z.string().nullable() });

export const deviationSchema = z.object({
  /** Stable key: `actual:<id>:<kind>`, `request:<id>` or `edit:<ref>:<kind>`. */
  key: z.string(),
  ref: z.string(),
  kind: z.enum(DEVIATION_KINDS),
  date: z.string(),
  trade: z.string(),
  planned: placeSchema.nullable(),
  actual: placeSchema.nullable(),
  decided_by: z.string(),
  reason: z.string(),
  reason_category: z.enum(REASON_CATEGORIES),
  within_policy: z.boolean(),
  /** An actual that no change request explains. */
  silent_override: z.boolean(),
  review: z.enum(REVIEW_STATES),
  note: z.string().nullable(),
});
export type Deviation = z.infer<typeof deviationSchema>;

const CATEGORY_WORDS: [ReasonCategory, RegExp][] = [
  ['no-access', /no[ _-]?access|not (at )?home|no answer|card left/i],
  ['sickness', /sick|ill|absen|hospital|dentist|injur/i],
  ['emergency', /emergenc|urgent|leak|flood|gas|no heating|danger/i],
  ['tenant', /tenant|resident|customer|appointment|rebook/i],
  ['overrun', /overran|over-ran|ran long|overrun|late|took longer/i],
  ['materials', /material|part|stock|supplier|van/i],
  ['travel', /traffic|travel|road|parking/i],
];

/** The reason's category, from an outcome code or the words of the reason. */
export function reasonCategory(reason: string | null, outcome?: string | null): ReasonCategory {
  if (outcome === 'NO_ACCESS') return 'no-access';
  const text = `${reason ?? ''} ${outcome ?? ''}`.trim();
  if (!text) return 'unexplained';
  return CATEGORY_WORDS.find(([, re]) => re.test(text))?.[0] ?? 'other';
}

/** Deviations grouped by reason category, then trade (the weekly review). */
export function groupDeviations(
  list: readonly Deviation[],
): { reason_category: ReasonCategory; trade: string; count: number; keys: string[]; outside_policy: number }[] {
  const groups = new Map<
    string,
    { reason_category: ReasonCategory; trade: string; count: number; keys: string[]; outside_policy: number }
  >();
  for (const d of list) {
    const id = `${d.reason_category}|${d.trade}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { reason_category: d.reason_category, trade: d.trade, count: 0, keys: [], outside_policy: 0 }));
    g.count++;
    g.keys.push(d.key);
    if (!d.within_policy) g.outside_policy++;
  }
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || a.reason_category.localeCompare(b.reason_category) || a.trade.localeCompare(b.trade),
  );
}
