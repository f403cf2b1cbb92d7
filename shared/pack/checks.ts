// The pre-publish check list: every hard rule the placed plan breaks and every job without an
// owner. Each blocks publishing unless it was already overridden with a recorded reason when
// the job was placed, or the planner overrides it now with a reason (recorded in the pack).
import type { DiaryEntry } from '../domain/types';
import { OK, RULES_BY_ID, type PlanIndex } from '../rules';
import type { PlacementOverride } from './plan-model';

export interface PublishCheck {
  /** Stable within one plan state: `rule:<rule>:<ref>:<n>` or `owner:<ref>`. */
  id: string;
  kind: 'rule' | 'owner';
  ref: string;
  operative_id: string;
  date: string;
  rule_id: string | null;
  rule_name: string | null;
  message: string;
  /** Set when a placement override already covers this (same job, operative, date and rule). */
  overridden: { reason: string; who: string; at: string } | null;
}

export interface CheckReport {
  checks: PublishCheck[];
  /** Soft-rule warnings in the range: shown, never blocking. */
  warnings: number;
}

export function prePublishChecks(index: PlanIndex, entries: readonly DiaryEntry[], overrides: readonly PlacementOverride[]): CheckReport {
  const earlier = new Map<string, PlacementOverride>();
  for (const o of overrides) earlier.set(overrideKey(o.job_ref, o.operative_id, o.date, o.rule_id), o); // latest wins
  const checks: PublishCheck[] = [];
  let warnings = 0;
  for (const e of entries) {
    const job = index.world.jobs.get(e.job_ref);
    const op = index.world.operatives.get(e.operative_id);
    if (!job || !op) continue;
    const opts = { index: e.sequence, fixedStart: e.start };
    // Status first (stops at the first finding, words nothing): most visits break no rule.
    const result = index.status(job, op, e.date, opts) === OK ? { violations: [] } : index.evaluate(job, op, e.date, opts);
    const seen = new Map<string, number>();
    for (const v of result.violations) {
      if (v.severity === 'soft') {
        warnings++;
        continue;
      }
      const n = (seen.get(v.ruleId) ?? 0) + 1;
      seen.set(v.ruleId, n);
      const prior = earlier.get(overrideKey(e.job_ref, e.operative_id, e.date, v.ruleId));
      checks.push({
        id: `rule:${v.ruleId}:${e.job_ref}:${n}`,
        kind: 'rule',
        ref: e.job_ref,
        operative_id: e.operative_id,
        date: e.date,
        rule_id: v.ruleId,
        rule_name: RULES_BY_ID.get(v.ruleId)?.name ?? v.ruleId,
        message: v.reason,
        overridden: prior ? { reason: prior.reason, who: prior.who, at: prior.at } : null,
      });
    }
    if (job.owner.trim() === '') {
      checks.push({
        id: `owner:${e.job_ref}`,
        kind: 'owner',
        ref: e.job_ref,
        operative_id: e.operative_id,
        date: e.date,
        rule_id: null,
        rule_name: null,
        message: `${e.job_ref} has no owner: every deliverable needs one named owner`,
        overridden: null,
      });
    }
  }
  return { checks, warnings };
}

export function blockingChecks(report: CheckReport): PublishCheck[] {
  return report.checks.filter((c) => c.overridden === null);
}

function overrideKey(ref: string, operative: string, date: string, rule: string): string {
  return `${ref}\u0000${operative}\u0000${date}\u0000${rule}`;
}
