// The benchmark's workspace: 250 operatives, 50,000 seeded jobs placed over ten Mon–Fri weeks
// (5,000 visits a week, four per operative-day), each week frozen as a published version, and
// 50,000 actuals rows for them (mostly completed; some no access, abortive, further work,
// cancelled; arrivals around the plan, some late). Versions are written straight into the
// frozen tables with the plan content actuals read (jobs and operatives): signing 50,000 visits
// is bench:pack's business, not this one's.
import { addDays, formatHHMM } from '../../../shared/calendar/dates';
import { toCsv } from '../../../shared/csv/format';
import { ACTUALS_COLUMNS } from '../../../shared/actuals';
import type { Job } from '../../../shared/domain/types';
import { generateSeed } from '../../../shared/seed/generate';
import { mulberry32 } from '../../../shared/seed/prng';
import { DEFAULT_SLA_POLICY } from '../../../shared/domain/schemas';
import { slaDeadline } from '../../../shared/sla/deadline';
import { insertVersion } from '../../../electron/backend/packs/versions';
import { writeSeed } from '../../../electron/backend/seed/write-seed';
import { diaryToRow } from '../../../electron/backend/store/rows';
import type { Store } from '../../../electron/backend/store/store';

export const FIRST_MONDAY = '2027-01-04';
export const WEEKS = 10;
export const OPERATIVES = 250;
const PER_DAY = 4;
export const VISITS = WEEKS * 5 * OPERATIVES * PER_DAY;

interface Planned {
  job: Job;
  operative_id: string;
  date: string;
  start: number;
  end: number;
}

export function buildWorkspace(store: Store): Planned[] {
  const seed = generateSeed({ operatives: OPERATIVES, jobs: VISITS, days: 5, start: FIRST_MONDAY, scheduled: 0, seed: 7 });
  // Raised before the first week, so every SLA clock has started.
  for (const j of seed.jobs) if (j.raised_at > `${FIRST_MONDAY}T00:00`) j.raised_at = `${addDays(FIRST_MONDAY, -1)}T08:00:00Z`;
  const planned: Planned[] = [];
  seed.jobs.forEach((job, i) => {
    const week = Math.floor(i / (OPERATIVES * PER_DAY * 5));
    const inWeek = i % (OPERATIVES * PER_DAY * 5);
    const day = Math.floor(inWeek / (OPERATIVES * PER_DAY));
    const op = Math.floor((inWeek % (OPERATIVES * PER_DAY)) / PER_DAY);
    const seq = inWeek % PER_DAY;
    const start = 8 * 60 + seq * 120;
    planned.push({
      job,
      operative_id: seed.operatives[op]!.id,
      date: addDays(FIRST_MONDAY, week * 7 + day),
      start,
      end: start + Math.min(job.duration_min, 110),
    });
  });
  writeSeed(store, { ...seed, diary: [] }, 'bench seed');
  store.history.mutate('bench diary', (rec) => {
    for (const p of planned)
      rec.put(
        'diary_entries',
        diaryToRow({
          job_ref: p.job.ref,
          operative_id: p.operative_id,
          date: p.date,
          start: null,
          sequence: (p.start - 480) / 120,
          pinned: false,
        }),
      );
  });
  store.db.transaction(() => {
    for (let w = 0; w < WEEKS; w++) {
      const from = addDays(FIRST_MONDAY, w * 7);
      const to = addDays(from, 4);
      const visits = planned.filter((p) => p.date >= from && p.date <= to);
      const plan = {
        jobs: visits.map((p) => ({ ...p.job, sla_deadline: slaDeadline(p.job.raised_at, p.job.priority, DEFAULT_SLA_POLICY) })),
        operatives: seed.operatives,
      };
      insertVersion(
        store,
        {
          version: w + 1,
          pack_id: 'bench',
          from_date: from,
          to_date: to,
          scenario: null,
          created_at: `${from}T07:00:00Z`,
          created_by: 'bench',
          app_version: 'bench',
          key_id: 'bench',
          manifest_sha256: `bench-${w + 1}`,
          prev_sha256: w === 0 ? null : `bench-${w}`,
          manifest: '{}',
          signature: '',
          plan: JSON.stringify(plan),
          changes: '{}',
          overrides: '[]',
          job_count: visits.length,
          operative_count: OPERATIVES,
          file_count: 0,
          out_path: '',
          zip_path: null,
        },
        visits.map((p, k) => ({
          ref: p.job.ref,
          operative_id: p.operative_id,
          date: p.date,
          sequence: k,
          start: `${p.date}T${formatHHMM(p.start)}`,
          end: `${p.date}T${formatHHMM(p.end)}`,
        })),
      );
    }
  })();
  return planned;
}

export function actualsCsv(planned: readonly Planned[]): string {
  const rng = mulberry32(11);
  const rows = planned.map((p) => {
    const roll = rng.next();
    const outcome =
      roll < 0.85 ? 'COMPLETED' : roll < 0.92 ? 'NO_ACCESS' : roll < 0.95 ? 'ABORTIVE' : roll < 0.98 ? 'FURTHER_WORK' : 'CANCELLED';
    const arrived = p.start + rng.int(-20, 70);
    const left = Math.min(23 * 60, arrived + (outcome === 'NO_ACCESS' ? 10 : Math.max(5, p.end - p.start + rng.int(-25, 40))));
    const reason =
      outcome === 'COMPLETED' ? '' : outcome === 'NO_ACCESS' ? 'NO_ANSWER' : outcome === 'FURTHER_WORK' ? 'NO_MATERIALS' : 'OTHER';
    const cancelled = outcome === 'CANCELLED';
    return [
      p.job.ref,
      '',
      p.operative_id,
      p.date,
      cancelled ? '' : formatHHMM(arrived),
      cancelled ? '' : formatHHMM(left),
      outcome,
      reason,
      outcome === 'FURTHER_WORK' ? p.job.trade : '',
      outcome === 'FURTHER_WORK' ? '60' : '',
      '',
    ];
  });
  return toCsv(ACTUALS_COLUMNS, rows);
}
