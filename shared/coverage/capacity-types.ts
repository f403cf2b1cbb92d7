// The shapes of a capacity report, apart from the arithmetic (capacity.ts) and the sentences
// (summary.ts) so that neither has to import the other.
import type { IsoDate } from '../domain/types';

export interface CapacityDay {
  date: IsoDate;
  available_min: number;
  /** placed_min + spread_min. */
  demanded_min: number;
  placed_min: number;
  spread_min: number;
  /** max(0, demanded − available). */
  shortfall_min: number;
  /** Unplaced jobs in the trade due on or before this day (only listed on shortfall days). */
  at_risk: string[];
}

export interface AtRiskJob {
  ref: string;
  priority: string;
  deadline: string | null;
}

export interface TradeCapacity {
  trade: string;
  days: CapacityDay[];
  shortfall_min: number;
  /** Unplaced jobs due on or before the last shortfall day. */
  at_risk: AtRiskJob[];
  summary: string;
}

export interface Capacity {
  from: IsoDate;
  to: IsoDate;
  area: string | null;
  dates: IsoDate[];
  trades: TradeCapacity[];
}

export interface CapacityOptions {
  from: IsoDate;
  to: IsoDate;
  /** Only operatives who may work in the area, and only jobs in it. */
  area?: string | null;
  /** Priority categories in the order the summary names them (default: the standard four). */
  priorities?: readonly string[];
}
