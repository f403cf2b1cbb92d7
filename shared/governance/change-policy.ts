// The editable change policy (issue 15): per kind of change to a published plan, who may make it
// and whether freely, only with the planner's sign-off, or freely given N hours' notice before the
// visit. Locks on a visit (an appointment confirmed with the tenant) send a change that would
// break them to sign-off whatever the policy says. Pure: evaluated by the backend, shown by the app.
import { z } from 'zod';
import { DEFAULT_CHANGE_POLICY, type ChangePolicy } from '../pack/change-policy';
import { ROLE_LABELS, roleSchema, type Role } from './roles';

export const CHANGE_KINDS = ['resequence', 'reassign-same-day', 'move-day', 'add-emergency', 'cancel', 'change-priority'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const changeKindSchema = z.enum(CHANGE_KINDS);

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  resequence: 'Resequence within a day',
  'reassign-same-day': 'Move to another operative the same day',
  'move-day': 'Move to another day',
  'add-emergency': 'Add an emergency',
  cancel: 'Cancel',
  'change-priority': 'Change priority',
};

export const CHANGE_MODES = ['free', 'signoff', 'notice'] as const;
export type ChangeMode = (typeof CHANGE_MODES)[number];
/** Two weeks: more notice than that is a re-plan, not a change. */
export const MAX_NOTICE_HOURS = 336;

export const changeRuleSchema = z.object({
  kind: changeKindSchema,
  /** Roles that may make this change (freely or with notice); others always need sign-off. */
  who: z.array(roleSchema).min(1).max(4),
  mode: z.enum(CHANGE_MODES),
  /** For mode "notice": hours before the visit's planned start (0–336). */
  notice_hours: z.number().int().min(0).max(MAX_NOTICE_HOURS),
});
export type ChangeRule = z.infer<typeof changeRuleSchema>;

export const LOCKS = ['none', 'time', 'operative', 'both'] as const;
export type Lock = (typeof LOCKS)[number];
export const lockSchema = z.enum(LOCKS);

const OPS: Role[] = ['planner', 'supervisor', 'operations-team-leader'];
export const DEFAULT_CHANGE_RULES: readonly ChangeRule[] = [
  { kind: 'resequence', who: OPS, mode: 'free', notice_hours: 0 },
  { kind: 'reassign-same-day', who: OPS, mode: 'notice', notice_hours: 2 },
  { kind: 'move-day', who: ['planner', 'supervisor'], mode: 'signoff', notice_hours: 0 },
  { kind: 'add-emergency', who: OPS, mode: 'free', notice_hours: 0 },
  { kind: 'cancel', who: ['planner', 'supervisor'], mode: 'notice', notice_hours: 24 },
  { kind: 'change-priority', who: ['planner', 'supervisor'], mode: 'signoff', notice_hours: 0 },
];

export interface PolicyVerdict {
  /** apply now (within policy) or wait for the planner's sign-off. */
  outcome: 'apply' | 'signoff';
  why: string;
}

/** Which kinds of change a lock forbids without sign-off. */
export function lockBlocks(lock: Lock, kind: ChangeKind): boolean {
  if (lock === 'none') return false;
  const time = lock === 'time' || lock === 'both';
  const operative = lock === 'operative' || lock === 'both';
  if (kind === 'move-day' || kind === 'cancel') return true;
  if (kind === 'reassign-same-day') return operative;
  if (kind === 'resequence') return time;
  return false;
}

/**
 * What the policy says about one request. Planners own the plan: their changes apply. `noticeHours`
 * is the time from the request to the visit's planned start (null when the visit is not planned).
 */
export function evaluateChange(rule: ChangeRule, role: Role, lock: Lock, noticeHours: number | null): PolicyVerdict {
  if (lockBlocks(lock, rule.kind))
    return { outcome: 'signoff', why: `the visit is ${lock === 'both' ? 'time- and operative' : lock}-locked` };
  if (role === 'planner') return { outcome: 'apply', why: 'a planner changes the plan' };
  if (!rule.who.includes(role)) return { outcome: 'signoff', why: `a ${ROLE_LABELS[role].toLowerCase()} may not make this change freely` };
  if (rule.mode === 'free') return { outcome: 'apply', why: 'allowed freely' };
  if (rule.mode === 'signoff') return { outcome: 'signoff', why: 'needs the planner’s sign-off' };
  const given = noticeHours === null ? Infinity : noticeHours;
  if (given >= rule.notice_hours) return { outcome: 'apply', why: `given ${rule.notice_hours} hours' notice` };
  return { outcome: 'signoff', why: `needs ${rule.notice_hours} hours' notice (given ${Math.max(0, Math.floor(given))})` };
}

/** The stored rules in CHANGE_KINDS order, defaults for any not edited. */
export function completePolicy(stored: readonly ChangeRule[] | undefined): ChangeRule[] {
  return CHANGE_KINDS.map((k) => stored?.find((r) => r.kind === k) ?? DEFAULT_CHANGE_RULES.find((r) => r.kind === k)!);
}

/** change-policy.json for a pack: the editable rules per kind, then the fixed guidance. */
export function packChangePolicy(rules: readonly ChangeRule[]): ChangePolicy {
  return {
    ...DEFAULT_CHANGE_POLICY,
    schema_version: 2,
    kinds: rules.map((r) => ({
      kind: r.kind,
      description: CHANGE_KIND_LABELS[r.kind],
      who: [...r.who],
      mode: r.mode,
      notice_hours: r.notice_hours,
    })),
  };
}
