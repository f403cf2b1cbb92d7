// Capacity against demand per trade per day: hours available (supply.ts) against hours due
// (demand.ts), the shortfall, and the unplaced jobs at risk: in that trade, with a deadline on
// or before a shortfall day. The shapes live in capacity-types.ts (summary.ts reads them too).
import { dateRange } from '../calendar/dates';
import { PRIORITIES } from '../domain/schemas';
import type { DiaryEntry, IsoDate } from '../domain/types';
import type { PlanningWorld } from '../rules/world';
import { OPEN_STATUSES, placedDemand, spreadDemand, workingDayTest, type SpreadSpan } from './demand';
import { availableMinutes } from './supply';
import type { Capacity, CapacityDay, CapacityOptions, TradeCapacity } from './capacity-types';
import { tradeSummary } from './summary';

// Spreading leaves fractions of a minute; below this a "shortfall" is rounding, not a gap.
const EPSILON_MIN = 0.5;

interface Unplaced {
  ref: string;
  priority: string;
  deadline: string | null;
  due: IsoDate | null;
}

export function computeCapacity(world: PlanningWorld, diary: readonly DiaryEntry[], opts: CapacityOptions): Capacity {
  const { from, to } = opts;
  const area = opts.area ?? null;
  const dates = dateRange(from, to);
  const col = new Map(dates.map((d, i) => [d, i]));
  const available = availableMinutes(world, dates, area);
  const placed = new Map<string, Float64Array>();
  const spread = new Map<string, Float64Array>();
  const unplaced = new Map<string, Unplaced[]>();
  const row = (m: Map<string, Float64Array>, trade: string) => {
    let r = m.get(trade);
    if (!r) m.set(trade, (r = new Float64Array(dates.length)));
    return r;
  };

  for (const { job, date } of placedDemand(diary, (ref) => world.jobs.get(ref), from, to)) {
    if (area === null || job.area === area) row(placed, job.trade)[col.get(date)!]! += job.duration_min;
  }
  const booked = new Set(diary.map((e) => e.job_ref));
  const isWorking = workingDayTest(world.calendar);
  const spans = new Map<string, SpreadSpan>();
  for (const job of world.jobs.values()) {
    if (!OPEN_STATUSES.has(job.status) || booked.has(job.ref) || (area !== null && job.area !== area)) continue;
    const deadline = world.slaDeadline(job);
    const shares = spreadDemand(job, deadline, from, to, isWorking, spans);
    if (shares.length === 0) continue;
    for (const s of shares) row(spread, job.trade)[col.get(s.date)!]! += s.min;
    const list = unplaced.get(job.trade) ?? [];
    list.push({ ref: job.ref, priority: job.priority, deadline, due: deadline === null ? null : deadline.slice(0, 10) });
    unplaced.set(job.trade, list);
  }

  const trades = [...new Set([...available.keys(), ...placed.keys(), ...spread.keys()])].sort();
  const priorities = opts.priorities ?? PRIORITIES;
  return {
    from,
    to,
    area,
    dates,
    trades: trades.map((t) => tradeRow(t, dates, available.get(t), placed.get(t), spread.get(t), unplaced.get(t) ?? [], priorities)),
  };
}

function tradeRow(
  trade: string,
  dates: readonly IsoDate[],
  avail: Float64Array | undefined,
  placed: Float64Array | undefined,
  spread: Float64Array | undefined,
  unplaced: readonly Unplaced[],
  priorities: readonly string[],
): TradeCapacity {
  const byDue = [...unplaced].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.ref.localeCompare(b.ref));
  const dueBy = (date: IsoDate) => byDue.filter((u) => u.due !== null && u.due <= date);
  let total = 0;
  let lastShort: IsoDate | null = null;
  const days = dates.map((date, i): CapacityDay => {
    const a = avail?.[i] ?? 0;
    const p = placed?.[i] ?? 0;
    const s = spread?.[i] ?? 0;
    const gap = p + s - a;
    const short = gap > EPSILON_MIN ? gap : 0;
    total += short;
    if (short > 0) lastShort = date;
    return {
      date,
      available_min: a,
      demanded_min: p + s,
      placed_min: p,
      spread_min: s,
      shortfall_min: short,
      at_risk: short > 0 ? dueBy(date).map((u) => u.ref) : [],
    };
  });
  const atRisk = lastShort === null ? [] : dueBy(lastShort).map(({ ref, priority, deadline }) => ({ ref, priority, deadline }));
  return { trade, days, shortfall_min: total, at_risk: atRisk, summary: tradeSummary(trade, days, atRisk, priorities) };
}
