// SQL for learned standard durations.
import type { Store } from '../store';
import { stmt } from './statements';

export interface StandardDurationRow {
  trade: string;
  job_type: string;
  minutes: number;
  samples: number;
  spread_min: number;
  from_date: string;
  to_date: string;
  applied_at: string;
  applied_by: string;
}

export function standardDurations(store: Store): StandardDurationRow[] {
  return stmt(store, 'SELECT * FROM standard_durations ORDER BY trade, job_type').all() as StandardDurationRow[];
}
