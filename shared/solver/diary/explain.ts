// Why a job did not fit, in the planner's words: every operative-day in range is put to the rule
// units (at its best position in the day), the blocking rules are counted, and the nearest miss
// — fewest hard blocks, then least late against the SLA, then earliest — is named with what would
// make it fit.
import type { IsoDate, Job, Operative } from '../../domain/types';
import { daysBetween, formatLongDate } from '../../calendar/dates';
import { RULES, RULES_BY_ID, type AnyRule, type PlacementContext, type PlanIndex, type Violation } from '../../rules/index';
import type { BlockingReason, NearMiss, UnplacedJob } from './types';

interface Cell {
  op: Operative;
  date: IsoDate;
  dateIndex: number;
  at: number | undefined;
  hard: AnyRule[];
  soft: AnyRule[];
  daysLate: number;
  /** Blocked only by timing (a full day, a window, a predecessor): qualified and available. */
  timingOnly: boolean;
}

/** What a planner or supervisor could do about each kind of block. */
const FIX: Readonly<Record<string, string>> = {
  'working-day': 'roster them on that day',
  absence: 'only if the absence changes',
  'trade-proficiency': 'use an operative with the trade at that level, or record the skill if they have it',
  'area-restriction': 'lift or widen the area restriction',
  'competence-expiry': 'renew or record the certificate',
  'do-not-send': 'the supervisor lifts or narrows the flag',
  'reduced-duties': 'the supervisor reviews the reduced duties',
  'shift-hours': 'free time that day (move or unpin other work) or allow more overtime',
  'appointment-window': 'free the window (move other work) or agree a wider window',
  dependencies: 'place or bring forward the predecessor first',
};

/** Which rules object to the job at this position of the day (no wording yet: that is the slow part). */
function violated(index: PlanIndex, job: Job, op: Operative, date: IsoDate, at: number | undefined): AnyRule[] {
  const ctx = index.context(job, op, date, at === undefined ? {} : { index: at });
  return RULES.filter((rule) => (rule.violates as (c: PlacementContext) => boolean)(ctx));
}

/** The best position in the day: fewest hard blocks, then fewest warnings. Returns it and its rules. */
function bestSlot(index: PlanIndex, job: Job, op: Operative, date: IsoDate): { at: number | undefined; rules: AnyRule[] } {
  const hard = (rs: AnyRule[]): number => rs.filter((r) => r.severity === 'hard').length;
  let best = { at: undefined as number | undefined, rules: violated(index, job, op, date, undefined) };
  // Only timing blocks depend on the position: then look for a better slot in the day.
  if (hard(best.rules) === 0 || !best.rules.every((r) => r.severity === 'soft' || r.stage === 'plan')) return best;
  const len = index.dayJobs(op.id, date).length;
  for (let i = 0; i < len; i++) {
    const rules = violated(index, job, op, date, i);
    if (hard(rules) < hard(best.rules) || (hard(rules) === hard(best.rules) && rules.length < best.rules.length)) best = { at: i, rules };
  }
  return best;
}

/** The wording of one cell, only for the cells shown. */
function reasonsAt(index: PlanIndex, job: Job, op: Operative, date: IsoDate, at: number | undefined): Violation[] {
  return index.evaluate(job, op, date, at === undefined ? {} : { index: at }).violations;
}

export function explainUnplaced(index: PlanIndex, job: Job, operatives: readonly Operative[], dates: readonly IsoDate[]): UnplacedJob {
  const deadline = index.world.slaDeadline(job);
  const deadlineDate = deadline ? deadline.slice(0, 10) : null;
  const cells: Cell[] = [];
  dates.forEach((date, dateIndex) => {
    for (const op of operatives) {
      const { at, rules } = bestSlot(index, job, op, date);
      const hard = rules.filter((r) => r.severity === 'hard');
      cells.push({
        op,
        date,
        dateIndex,
        at,
        hard,
        soft: rules.filter((r) => r.severity === 'soft'),
        daysLate: deadlineDate ? Math.max(0, daysBetween(deadlineDate, date)) : 0,
        timingOnly: hard.every((r) => r.stage === 'plan'),
      });
    }
  });

  const byRule = new Map<string, BlockingReason>();
  for (const c of cells) {
    for (const rule of c.hard) {
      const r = byRule.get(rule.id);
      if (r) r.count++;
      else {
        const example = reasonsAt(index, job, c.op, c.date, c.at).find((v) => v.ruleId === rule.id)?.reason ?? rule.description;
        byRule.set(rule.id, { ruleId: rule.id, ruleName: rule.name, owner: rule.owner, count: 1, example });
      }
    }
  }
  const reasons = [...byRule.values()].sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));

  // Nearest: qualified and available first (only timing in the way), then fewest blocks, least late, earliest.
  cells.sort(
    (a, b) =>
      Number(b.timingOnly) - Number(a.timingOnly) ||
      a.hard.length - b.hard.length ||
      a.daysLate - b.daysLate ||
      a.dateIndex - b.dateIndex ||
      a.soft.length - b.soft.length,
  );
  const near = cells[0];
  const nearViolations = near ? reasonsAt(index, job, near.op, near.date, near.at) : [];
  const nearHard = nearViolations.filter((v) => v.severity === 'hard');
  const nearest: NearMiss | null = near
    ? {
        operative_id: near.op.id,
        operative: near.op.name,
        date: near.date,
        violations: [...nearHard, ...nearViolations.filter((v) => v.severity === 'soft')],
        daysLate: near.daysLate,
      }
    : null;

  const fixes = near
    ? nearHard.map((v) => {
        const rule = RULES_BY_ID.get(v.ruleId);
        const action = FIX[v.ruleId];
        return `${rule?.name ?? v.ruleId} (${rule?.owner ?? 'planner'}): ${v.reason}${action ? ` — ${action}` : ''}`;
      })
    : [];

  const qualified = cells.filter((c) => c.timingOnly).length;
  return { ref: job.ref, summary: summarise(job, cells.length, qualified, dates, reasons, nearest, deadlineDate), reasons, nearest, fixes };
}

function summarise(
  job: Job,
  nCells: number,
  qualified: number,
  dates: readonly IsoDate[],
  reasons: BlockingReason[],
  near: NearMiss | null,
  deadlineDate: string | null,
): string {
  const range =
    dates.length === 1 ? formatLongDate(dates[0]!) : `${formatLongDate(dates[0]!)} – ${formatLongDate(dates[dates.length - 1]!)}`;
  const needs = [`${job.trade} ≥ ${job.min_proficiency}`, ...job.competences.map((c) => `a valid ${c}`)].join(' and ');
  const what = `${job.ref} (${needs}${job.window !== 'ALL' ? `, ${job.window} window` : ''})`;
  const parts = [
    qualified === 0
      ? `${what}: no operative with ${needs} is available and allowed on ${range}.`
      : `${what}: ${qualified} of ${nCells} operative-days on ${range} are qualified and available, but none has room for it.`,
  ];
  if (reasons.length > 0) {
    const top = reasons.slice(0, 3).map((r) => `${r.ruleName.toLowerCase()} blocks ${r.count} of ${nCells} (e.g. ${r.example})`);
    parts.push(`${top.join('; ')}.`);
  }
  if (deadlineDate) parts.push(`SLA deadline ${formatLongDate(deadlineDate)}.`);
  if (near) {
    const hard = near.violations.filter((v) => v.severity === 'hard');
    const late = near.daysLate === 1 ? ', one day late' : near.daysLate > 1 ? `, ${near.daysLate} days late` : '';
    const block = hard.length > 0 ? `: ${hard[0]!.reason}${hard.length > 1 ? ` (+${hard.length - 1} more)` : ''}` : '';
    parts.push(`Nearest option: ${near.operative} on ${formatLongDate(near.date)}${late}${block}.`);
  }
  return parts.join(' ');
}
