import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf } from '../../../../shared/calendar/dates';
import { isWorkingDay } from '../../../../shared/calendar/working-days';
import { absenceSchema, diaryEntrySchema, flagSchema, jobSchema, operativeSchema } from '../../../../shared/domain/schemas';
import { findCycles } from '../../../../shared/graph';
import { generateSeed, LEEDS_CENTRE } from '../../../../shared/seed';

const OPTS = { operatives: 60, jobs: 1200, days: 10, start: '2027-01-04', scheduled: 0.6, seed: 11 };

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

describe('generateSeed', () => {
  it('is deterministic for a seed and varies between seeds', () => {
    expect(generateSeed(OPTS)).toEqual(generateSeed(OPTS));
    expect(generateSeed({ ...OPTS, seed: 12 })).not.toEqual(generateSeed(OPTS));
  });

  it('produces objects that satisfy the domain schemas, with unique ids and refs', () => {
    const s = generateSeed(OPTS);
    expect(s.operatives).toHaveLength(60);
    expect(s.jobs).toHaveLength(1200);
    for (const o of s.operatives) operativeSchema.parse(o);
    for (const j of s.jobs) jobSchema.parse(j);
    for (const a of s.absences) absenceSchema.parse(a);
    for (const f of s.flags) flagSchema.parse(f);
    for (const d of s.diary) diaryEntrySchema.parse(d);
    expect(new Set(s.operatives.map((o) => o.id)).size).toBe(60);
    expect(new Set(s.jobs.map((j) => j.ref)).size).toBe(1200);
    expect(s.operatives[0]!.id).toBe('OP-001');
    expect(s.jobs[0]!.ref).toBe('J-10001');
  });

  it('looks like a Leeds repairs patch', () => {
    const s = generateSeed({ ...OPTS, operatives: 200, jobs: 5000 });
    for (const j of s.jobs) {
      expect(km(LEEDS_CENTRE.lat, LEEDS_CENTRE.lon, j.lat, j.lon)).toBeLessThan(10);
      expect(j.area).toMatch(/^LS([1-9]|1[0-7])$/);
      expect(j.duration_min).toBeGreaterThanOrEqual(30);
      expect(j.duration_min).toBeLessThanOrEqual(240);
      expect(j.raised_at < OPTS.start + 'T23:59').toBe(true);
      expect(j.raised_at >= addDays(OPTS.start, -60)).toBe(true);
    }
    const share = (pred: (j: (typeof s.jobs)[number]) => boolean) => s.jobs.filter(pred).length / s.jobs.length;
    expect(share((j) => j.priority === 'EMERGENCY')).toBeCloseTo(0.05, 1);
    expect(share((j) => j.priority === 'URGENT')).toBeCloseTo(0.25, 1);
    expect(share((j) => j.priority === 'ROUTINE')).toBeCloseTo(0.55, 1);
    expect(share((j) => j.priority === 'PLANNED')).toBeCloseTo(0.15, 1);
    expect(share((j) => j.window === 'ALL')).toBeGreaterThan(0.6);
    expect(share((j) => /^\d/.test(j.window))).toBeGreaterThan(0.02);
    // ~10% of jobs sit in chains (heads have no depends_on but a successor points at them).
    const linked = new Set(s.jobs.flatMap((j) => (j.depends_on.length ? [j.ref, ...j.depends_on.map((l) => l.ref)] : [])));
    expect(linked.size / s.jobs.length).toBeGreaterThan(0.06);
    expect(linked.size / s.jobs.length).toBeLessThan(0.14);
    expect(
      findCycles(
        [],
        s.jobs.flatMap((j) => j.depends_on.map((l) => ({ pred_ref: l.ref, succ_ref: j.ref }))),
      ),
    ).toEqual([]);

    const trades = new Set(s.operatives.flatMap((o) => o.trades.map((t) => t.trade)));
    expect([...trades].sort()).toEqual(['CARP', 'ELEC', 'GAS', 'GEN', 'PLAST', 'PLUMB', 'ROOF']);
    expect(s.operatives.some((o) => o.areas.length > 0)).toBe(true);
    const end = addDays(OPTS.start, OPTS.days - 1);
    const expiries = s.operatives.flatMap((o) => o.competences.map((c) => c.expires).filter((x): x is string => x !== null));
    expect(expiries.some((x) => x >= OPTS.start && x <= end)).toBe(true); // lapsing inside the horizon
    expect(expiries.some((x) => x < OPTS.start)).toBe(true); // already lapsed
    expect(s.flags.map((f) => f.flag)).toEqual(expect.arrayContaining(['DO_NOT_SEND']));
    expect(s.flags.length).toBeGreaterThanOrEqual(3);

    const absentDays = s.absences.reduce((n, a) => {
      let d = 0;
      for (let i = 0; i < OPTS.days; i++) if (a.from <= addDays(OPTS.start, i) && addDays(OPTS.start, i) <= a.to) d++;
      return n + d;
    }, 0);
    expect(absentDays / (200 * OPTS.days)).toBeCloseTo(0.05, 1);
    expect(s.diary.filter((d) => d.pinned).length / s.diary.length).toBeCloseTo(0.05, 1);
  });

  it('places only plausible diary entries', () => {
    const s = generateSeed({ ...OPTS, operatives: 120, jobs: 3000 });
    const ops = new Map(s.operatives.map((o) => [o.id, o]));
    const jobs = new Map(s.jobs.map((j) => [j.ref, j]));
    const entryOf = new Map(s.diary.map((d) => [d.job_ref, d]));
    expect(entryOf.size).toBe(s.diary.length); // each job placed at most once
    const load = new Map<string, number>();
    const seqs = new Map<string, number[]>();
    const end = addDays(OPTS.start, OPTS.days - 1);

    for (const d of s.diary) {
      const op = ops.get(d.operative_id)!;
      const job = jobs.get(d.job_ref)!;
      expect(d.date >= OPTS.start && d.date <= end).toBe(true);
      expect(isWorkingDay(d.date)).toBe(true);
      expect(op.working_days).toContain(weekdayOf(d.date));
      expect(op.trades.find((t) => t.trade === job.trade)!.proficiency).toBeGreaterThanOrEqual(job.min_proficiency);
      for (const code of job.competences) {
        const c = op.competences.find((x) => x.code === code)!;
        expect(c.expires === null || c.expires >= d.date).toBe(true);
      }
      if (op.areas.length) expect(op.areas).toContain(job.area);
      expect(s.absences.some((a) => a.operative_id === op.id && a.from <= d.date && d.date <= a.to)).toBe(false);
      for (const f of s.flags.filter((x) => x.operative_id === op.id && (x.until === null || d.date <= x.until))) {
        expect([
          `trade:${job.trade}`,
          `area:${job.area}`,
          `job:${job.ref}`,
          ...job.competences.map((c) => `competence:${c}`),
        ]).not.toContain(f.scope);
      }
      for (const link of job.depends_on) expect(entryOf.get(link.ref)!.date < d.date).toBe(true);
      expect(d.start).toBeNull();
      const key = `${d.operative_id}|${d.date}`;
      load.set(key, (load.get(key) ?? 0) + job.duration_min);
      seqs.set(key, [...(seqs.get(key) ?? []), d.sequence]);
    }
    for (const [key, minutes] of load) {
      const op = ops.get(key.split('|')[0]!)!;
      const [sh, sm] = op.shift_start.split(':').map(Number);
      const [eh, em] = op.shift_end.split(':').map(Number);
      expect(minutes).toBeLessThanOrEqual((eh! * 60 + em! - (sh! * 60 + sm!)) * 0.8);
    }
    for (const list of seqs.values()) expect(list).toEqual(list.map((_, i) => i));
    expect(s.diary.length / s.jobs.length).toBeGreaterThan(0.5); // asked for 0.6; a few can't be placed
  });

  it('skips bank holidays and weekends', () => {
    const s = generateSeed({ ...OPTS, start: '2027-12-20', days: 14, jobs: 600 });
    const dates = new Set(s.diary.map((d) => d.date));
    expect(dates.has('2027-12-27')).toBe(false);
    expect(dates.has('2027-12-28')).toBe(false);
    expect(dates.has('2027-12-25')).toBe(false);
    expect(dates.has('2027-12-29')).toBe(true);
  });

  it('leaves the diary empty when scheduled is 0', () => {
    expect(generateSeed({ ...OPTS, scheduled: 0 }).diary).toEqual([]);
  });

  it('generates 200 operatives × 5,000 jobs × 10 days well under 2 s', () => {
    const t0 = performance.now();
    const s = generateSeed({ operatives: 200, jobs: 5000, days: 10, start: '2027-01-04', scheduled: 0.7, seed: 3 });
    const ms = performance.now() - t0;
    expect(s.jobs).toHaveLength(5000);
    expect(s.diary.length).toBeGreaterThan(3000);
    expect(ms).toBeLessThan(2000);
  });
});
