// Plain sentences for the capacity view and the CLI: 'GAS short by 14 h on Tue 5 Jan; 3 URGENT
// jobs at risk'. Hours are rounded for reading; the numbers behind them are not.
import { formatShortDay } from '../calendar/dates';
import type { AtRiskJob, CapacityDay } from './capacity-types';

const MAX_DAYS_NAMED = 4;

/** 840 → '14 h'; 810 → '13.5 h'; 20 → '0.3 h'. */
export function formatHours(min: number): string {
  const h = Math.round(min / 6) / 10;
  return `${Number.isInteger(h) ? h : h.toFixed(1)} h`;
}

/** '3 URGENT and 1 ROUTINE jobs at risk', ordered by the policy's priorities. */
function riskText(atRisk: readonly AtRiskJob[], priorities: readonly string[]): string {
  if (atRisk.length === 0) return 'no unplaced jobs due by then';
  const counts = new Map<string, number>();
  for (const j of atRisk) counts.set(j.priority, (counts.get(j.priority) ?? 0) + 1);
  const rank = (p: string) => (priorities.includes(p) ? priorities.indexOf(p) : priorities.length);
  const parts = [...counts].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0])).map(([p, n]) => `${n} ${p}`);
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `${list} job${atRisk.length === 1 ? '' : 's'} at risk`;
}

export function tradeSummary(
  trade: string,
  days: readonly CapacityDay[],
  atRisk: readonly AtRiskJob[],
  priorities: readonly string[],
): string {
  const short = days.filter((d) => d.shortfall_min > 0);
  if (short.length === 0) {
    const a = days.reduce((s, d) => s + d.available_min, 0);
    const dem = days.reduce((s, d) => s + d.demanded_min, 0);
    return `${trade}: enough hours every day (${formatHours(a)} available, ${formatHours(dem)} due)`;
  }
  const named = short.slice(0, MAX_DAYS_NAMED).map((d) => `${formatHours(d.shortfall_min)} on ${formatShortDay(d.date)}`);
  const more =
    short.length > MAX_DAYS_NAMED ? ` and ${short.length - MAX_DAYS_NAMED} more day${short.length - MAX_DAYS_NAMED === 1 ? '' : 's'}` : '';
  const list = more
    ? `${named.join(', ')}${more}`
    : named.length === 1
      ? named[0]!
      : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  return `${trade} short by ${list}; ${riskText(atRisk, priorities)}`;
}
