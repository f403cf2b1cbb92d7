// The one-line summary under "Suggested operatives": the operatives who cannot take the job,
// grouped by the rule that blocks them most, in the planner's words — "7 have no GAS trade;
// 2 absent; 1 GAS_SAFE expired".
import type { IsoDate, Job, Operative } from '../domain/types';
import type { PlanIndex } from '../rules';
import type { CannotTake } from './suggest';

export interface CannotGroup {
  rule: string;
  count: number;
  text: string;
}

export function summariseCannot(index: PlanIndex, job: Job, date: IsoDate, cannot: readonly CannotTake[]): CannotGroup[] {
  const groups = new Map<string, { rule: string; count: number; phrase: (n: number) => string }>();
  for (const c of cannot) {
    const op = index.world.operatives.get(c.operative_id);
    const rule = c.rules[0]?.rule ?? 'none';
    const phrase = op ? phraseFor(rule, index, job, op, date) : () => 'unknown';
    const key = `${rule}|${phrase(2)}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { rule, count: 1, phrase });
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule))
    .map((g) => ({ rule: g.rule, count: g.count, text: `${g.count} ${g.phrase(g.count)}` }));
}

export function summaryLine(groups: readonly CannotGroup[]): string {
  return groups.map((g) => g.text).join('; ');
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

function phraseFor(rule: string, index: PlanIndex, job: Job, op: Operative, date: IsoDate): (n: number) => string {
  const facts = index.facts(op);
  switch (rule) {
    case 'trade-proficiency': {
      const level = facts.skills.get(job.trade) ?? 0;
      return level === 0 ? (n) => `${plural(n, 'has', 'have')} no ${job.trade} trade` : () => `below ${job.trade} ${job.min_proficiency}`;
    }
    case 'competence-expiry': {
      const missing = job.competences.find((c) => !facts.competences.has(c));
      if (missing) return () => `without ${missing}`;
      const expired = job.competences.find((c) => {
        const e = facts.competences.get(c);
        return e !== undefined && e !== null && e < date;
      });
      return () => `${expired ?? job.competences[0] ?? 'certificate'} expired`;
    }
    case 'absence':
      return () => 'absent';
    case 'working-day':
      return () => 'not working';
    case 'operative-retired':
      return () => 'retired';
    case 'do-not-send':
      return () => 'flagged do not send';
    case 'reduced-duties':
      return () => 'on reduced duties';
    case 'area-restriction':
      return () => `not working in ${job.area || 'this area'}`;
    case 'shift-hours':
    case 'overtime':
      return () => 'fully booked';
    case 'appointment-window':
      return () => `cannot make the ${job.window} window`;
    case 'dependencies':
      return () => 'blocked by linked jobs';
    case 'sla-breach':
      return () => 'could only finish after the SLA deadline';
    default:
      return () => `blocked (${rule})`;
  }
}
