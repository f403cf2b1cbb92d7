// Capacity against demand over the store (shared/roster/capacity.ts does the arithmetic);
// minutes become hours to one decimal for the API and the CLI.
import { computeCapacity, type Capacity } from '../../../shared/coverage';
import { slaPolicyOf } from '../sla/policy';
import { worldOf } from '../planning/world';
import type { Store } from '../store/store';
import { checkRange } from './grid';

const MAX_CAPACITY_DAYS = 92;
const hours = (min: number) => Math.round(min / 6) / 10;

export function capacityOf(store: Store, from: string, to: string, area: string | null): Capacity {
  checkRange(from, to, MAX_CAPACITY_DAYS);
  const priorities = slaPolicyOf(store).categories.map((c) => c.priority);
  return computeCapacity(worldOf(store), store.read.diary(), { from, to, area, priorities });
}

/** The API/CLI shape: hours, not minutes. */
export function capacityReport(store: Store, from: string, to: string, area: string | null) {
  const c = capacityOf(store, from, to, area);
  return {
    from: c.from,
    to: c.to,
    area: c.area,
    dates: c.dates,
    trades: c.trades.map((t) => ({
      trade: t.trade,
      days: t.days.map((d) => ({
        date: d.date,
        available: hours(d.available_min),
        demanded: hours(d.demanded_min),
        placed: hours(d.placed_min),
        spread: hours(d.spread_min),
        shortfall: hours(d.shortfall_min),
        at_risk: d.at_risk,
      })),
      shortfall: hours(t.shortfall_min),
      at_risk: t.at_risk,
      summary: t.summary,
    })),
    summary: c.trades.map((t) => t.summary),
  };
}
