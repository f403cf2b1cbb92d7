// The demo workspace `npm start` opens on first use: seeded relative to today, so the tray's
// countdowns and SLA states mean something. Its two weeks of diary start on the Monday of the
// current week (of next week at the weekend); jobs are raised before that, and none later than
// now (a raised time in the future would make no sense on the board).
import { addDays, weekdayOf } from '../../../shared/calendar/dates';
import { generateSeed } from '../../../shared/seed/generate';
import { parseInstant } from '../../../shared/sla/local-time';
import { mondayOf, nowOf } from '../editing/clock';
import type { Store } from '../store/store';
import { writeSeed, type SeedData } from './write-seed';

export const DEMO_SIZE = { operatives: 24, jobs: 400, scheduled: 0.5, seed: 1 } as const;
/** Two working weeks from the start Monday (Mon–Fri, Mon–Fri). */
const DEMO_DAYS = 12;

export function demoStart(today: string): string {
  const weekend = weekdayOf(today) === 'Sat' || weekdayOf(today) === 'Sun';
  return weekend ? mondayOf(addDays(today, 2)) : mondayOf(today);
}

export function demoSeed(nowMs: number, today: string): SeedData {
  const data = generateSeed({ ...DEMO_SIZE, days: DEMO_DAYS, start: demoStart(today) });
  data.jobs.forEach((j, i) => {
    if (parseInstant(j.raised_at) <= nowMs) return;
    // Raised "just now": between 1 and 6 hours ago, spread so the tray's countdowns differ.
    j.raised_at = new Date(nowMs - (1 + (i % 6)) * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  });
  return data;
}

/** Seeds an empty workspace (no jobs, no operatives) with the demo data; leaves any other alone. */
export function seedDemoIfEmpty(store: Store): SeedData | null {
  if (store.read.count('jobs') > 0 || store.read.count('operatives') > 0) return null;
  const now = nowOf(store);
  const data = demoSeed(now.ms, now.date);
  writeSeed(store, data, 'Seed demo data');
  return data;
}
