// Learning standard durations from what happened. Planwright has no job-type field, so a job's
// type is its priority category: an EMERGENCY make-safe and a ROUTINE repair of the same trade
// are different jobs. Over completed visits in a range, per trade and type: the planned and
// actual time on site, their variance, and a suggested standard duration — the median actual
// (robust to the odd overrun), rounded to 5 minutes — with its sample size and spread (the
// interquartile range). Fewer than MIN_SAMPLES visits suggest nothing.
export const MIN_SAMPLES = 5;
const ROUND_TO = 5;

export interface DurationSample {
  trade: string;
  job_type: string;
  planned_min: number;
  actual_min: number;
}

export interface DurationSuggestion {
  trade: string;
  job_type: string;
  samples: number;
  planned_mean_min: number;
  actual_mean_min: number;
  /** Mean of actual − planned. */
  variance_mean_min: number;
  p25_min: number;
  median_min: number;
  p75_min: number;
  /** p75 − p25. */
  spread_min: number;
  /** Null when there are too few samples to suggest one. */
  suggested_min: number | null;
}

/** Linear-interpolated quantile of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const round1 = (x: number) => Math.round(x * 10) / 10;

export function learnDurations(samples: readonly DurationSample[], minSamples = MIN_SAMPLES): DurationSuggestion[] {
  const groups = new Map<string, DurationSample[]>();
  for (const s of samples) {
    if (!(s.actual_min > 0)) continue; // a visit with no time on site says nothing about duration
    const k = `${s.trade}\u0000${s.job_type}`;
    const g = groups.get(k);
    if (g) g.push(s);
    else groups.set(k, [s]);
  }
  const out: DurationSuggestion[] = [];
  for (const rows of groups.values()) {
    const actual = rows.map((r) => r.actual_min).sort((a, b) => a - b);
    const median = quantile(actual, 0.5);
    const p25 = quantile(actual, 0.25);
    const p75 = quantile(actual, 0.75);
    out.push({
      trade: rows[0]!.trade,
      job_type: rows[0]!.job_type,
      samples: rows.length,
      planned_mean_min: round1(mean(rows.map((r) => r.planned_min))),
      actual_mean_min: round1(mean(actual)),
      variance_mean_min: round1(mean(rows.map((r) => r.actual_min - r.planned_min))),
      p25_min: round1(p25),
      median_min: round1(median),
      p75_min: round1(p75),
      spread_min: round1(p75 - p25),
      suggested_min: rows.length >= minSamples ? Math.max(ROUND_TO, Math.round(median / ROUND_TO) * ROUND_TO) : null,
    });
  }
  return out.sort((a, b) => (a.trade === b.trade ? (a.job_type < b.job_type ? -1 : 1) : a.trade < b.trade ? -1 : 1));
}

/** What a job's duration becomes when planning with learned durations: the standard for its trade and type, if any. */
export function learnedDuration(
  job: { trade: string; priority: string; duration_min: number },
  standards: ReadonlyMap<string, number>,
): number {
  return standards.get(standardKey(job.trade, job.priority)) ?? job.duration_min;
}

export const standardKey = (trade: string, jobType: string): string => `${trade}\u0000${jobType}`;
