// Which backups to keep: generations by age, so a bad week cannot erase a good month.
// Kept: the newest KEEP_LAST (the last opens), the newest of each of the last KEEP_DAYS
// calendar days and the newest of each of the last KEEP_WEEKS calendar weeks (UTC, weeks
// from Monday). Calendar buckets never slide, so a week's last backup stays that week's
// representative however many backups follow. Pure: the clock is a parameter.

export const KEEP_LAST = 5;
export const KEEP_DAYS = 7;
export const KEEP_WEEKS = 5;
/** The most backups the policy can keep at once. */
export const MAX_KEPT = KEEP_LAST + KEEP_DAYS + KEEP_WEEKS;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Dated {
  id: string;
  at: Date;
}

const dayOf = (d: Date) => Math.floor(d.getTime() / DAY_MS);
// 1970-01-01 was a Thursday: shifting by 3 days starts each week on a Monday.
const weekOf = (d: Date) => Math.floor((dayOf(d) + 3) / 7);

/** The ids to keep out of `backups` at time `now`. */
export function backupsToKeep(backups: readonly Dated[], now: Date): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : -1));
  const keep = new Set(newestFirst.slice(0, KEEP_LAST).map((b) => b.id));
  const newestPer = (bucketOf: (d: Date) => number, count: number) => {
    const current = bucketOf(now);
    const seen = new Set<number>();
    for (const b of newestFirst) {
      const bucket = bucketOf(b.at);
      if (bucket <= current - count || seen.has(bucket)) continue;
      seen.add(bucket);
      keep.add(b.id);
    }
  };
  newestPer(dayOf, KEEP_DAYS);
  newestPer(weekOf, KEEP_WEEKS);
  return keep;
}
