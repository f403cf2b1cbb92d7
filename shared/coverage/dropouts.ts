// Operative drop-outs: placed jobs the roster (or an absence) no longer covers. A job drops
// out when its operative-day fails a day rule (absent, rostered off, bank holiday), when its
// visit or the drive back runs past the shift end plus the overtime allowance, or when its
// appointment window lies wholly outside the shift. Placements a planner already forced
// through the same rule (override log) are left alone: that was a recorded decision.
import { formatLongDate } from '../calendar/dates';
import type { DiaryEntry, IsoDate } from '../domain/types';
import { formatClock } from '../plan/time';
import type { OperativeDay, PlanIndex } from '../rules/plan-index';
import { dayContext } from '../rules/day-context';
import { DAY_RULES } from '../rules/registry';
import { BLOCKED } from '../rules/status';

export const DROPOUT_REASONS = ['absent', 'off', 'bank-holiday', 'outside-hours'] as const;
export type DropoutReason = (typeof DROPOUT_REASONS)[number];

export interface Dropout {
  ref: string;
  operative_id: string;
  date: IsoDate;
  reason: DropoutReason;
  /** The rule that now fails (for the override-log check and the review panel). */
  rule_id: string;
  message: string;
}

export interface DropoutOptions {
  from?: IsoDate;
  to?: IsoDate;
  /** Only these operatives (e.g. the one whose roster just changed). */
  operatives?: ReadonlySet<string>;
  /** True when this placement was already forced through `ruleId` with a recorded reason. */
  overridden?: (ref: string, operativeId: string, date: IsoDate, ruleId: string) => boolean;
}

export function findDropouts(index: PlanIndex, opts: DropoutOptions = {}): Dropout[] {
  const days = new Map<string, DiaryEntry[]>();
  for (const e of index.diary) {
    if ((opts.from && e.date < opts.from) || (opts.to && e.date > opts.to)) continue;
    if (opts.operatives && !opts.operatives.has(e.operative_id)) continue;
    const k = `${e.operative_id}|${e.date}`;
    days.set(k, [...(days.get(k) ?? []), e]);
  }
  const out: Dropout[] = [];
  const forced = opts.overridden ?? (() => false);
  for (const entries of days.values()) {
    const { operative_id, date } = entries[0]!;
    const op = index.world.operatives.get(operative_id);
    if (!op) continue;
    const od = index.operativeDay(op, date);
    const found = od.code === BLOCKED ? blockedDay(od, entries) : outsideHours(index, od);
    for (const d of found) if (!forced(d.ref, operative_id, date, d.rule_id)) out.push(d);
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.operative_id.localeCompare(b.operative_id) || a.ref.localeCompare(b.ref));
}

/** Every job on a day the operative is not available: the first failing day rule says why. */
function blockedDay(od: OperativeDay, entries: readonly DiaryEntry[]): Dropout[] {
  const ctx = dayContext(od);
  const v = DAY_RULES.flatMap((r) => r.evaluate(ctx)).find((x) => x.severity === 'hard');
  if (!v) return [];
  const reason: DropoutReason = v.ruleId === 'absence' ? 'absent' : od.roster.source === 'bank-holiday' ? 'bank-holiday' : 'off';
  return entries.map((e) => ({
    ref: e.job_ref,
    operative_id: e.operative_id,
    date: e.date,
    reason,
    rule_id: v.ruleId,
    message: `${e.job_ref}: ${v.reason}`,
  }));
}

/** Visits now past the shift (plus allowance), or whose window the shift no longer reaches. */
function outsideHours(index: PlanIndex, od: OperativeDay): Dropout[] {
  const plan = od.plan();
  const limit = plan.shift.end + index.world.overtimeMin;
  const shift = `${formatClock(plan.shift.start)}–${formatClock(plan.shift.end)}`;
  const who = od.operative.name;
  const when = formatLongDate(od.date);
  const out: Dropout[] = [];
  plan.visits.forEach((v, i) => {
    const last = i === plan.visits.length - 1;
    let message: string | null = null;
    let rule = 'shift-hours';
    if (v.window.kind !== 'ALL' && (v.window.end <= plan.shift.start || v.window.start >= limit)) {
      message = `${v.ref}'s ${v.window.label} window is outside ${who}'s ${shift} shift on ${when}`;
      rule = 'appointment-window';
    } else if (v.end_min > limit) {
      message = `${v.ref} would finish at ${formatClock(v.end_min)}, past ${who}'s ${shift} shift on ${when} (plus ${index.world.overtimeMin} min overtime)`;
    } else if (last && plan.day_end_min > limit) {
      message = `${v.ref} would leave ${who} back at base at ${formatClock(plan.day_end_min)}, past the ${shift} shift on ${when} (plus ${index.world.overtimeMin} min overtime)`;
    }
    if (message) out.push({ ref: v.ref, operative_id: od.operative.id, date: od.date, reason: 'outside-hours', rule_id: rule, message });
  });
  return out;
}
