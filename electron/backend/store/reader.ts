// Read queries over the workspace. Pure reads: no change recording needed.
import type Database from 'better-sqlite3';
import type { Absence, DiaryEntry, Dependency, Flag, Job, Operative } from '../../../shared/domain/types';
import { rowToAbsence, rowToDiary, rowToFlag, rowToJob, rowToOperative } from './rows';
import type { Row } from './tables';

export class Reader {
  constructor(private readonly db: Database.Database) {}

  operatives(): Operative[] {
    return (this.db.prepare('SELECT * FROM operatives ORDER BY id').all() as Row[]).map(rowToOperative);
  }
  operative(id: string): Operative | undefined {
    const r = this.db.prepare('SELECT * FROM operatives WHERE id = ?').get(id) as Row | undefined;
    return r && rowToOperative(r);
  }
  /** The link pred → succ, if stored. */
  dependency(pred: string, succ: string): Dependency | undefined {
    return this.db.prepare('SELECT pred_ref, succ_ref, lag_min FROM dependencies WHERE pred_ref = ? AND succ_ref = ?').get(pred, succ) as
      Dependency | undefined;
  }
  dependencies(): Dependency[] {
    return this.db.prepare('SELECT pred_ref, succ_ref, lag_min FROM dependencies ORDER BY succ_ref, pred_ref').all() as Dependency[];
  }
  jobs(): Job[] {
    const links = new Map<string, Job['depends_on']>();
    for (const d of this.dependencies()) {
      const list = links.get(d.succ_ref) ?? [];
      list.push({ ref: d.pred_ref, lag_min: d.lag_min });
      links.set(d.succ_ref, list);
    }
    return (this.db.prepare('SELECT * FROM jobs ORDER BY ref').all() as Row[]).map((r) => rowToJob(r, links.get(r.ref as string) ?? []));
  }
  job(ref: string): Job | undefined {
    const r = this.db.prepare('SELECT * FROM jobs WHERE ref = ?').get(ref) as Row | undefined;
    if (!r) return undefined;
    const deps = this.db
      .prepare('SELECT pred_ref AS ref, lag_min FROM dependencies WHERE succ_ref = ? ORDER BY pred_ref')
      .all(ref) as Job['depends_on'];
    return rowToJob(r, deps);
  }
  absences(): Absence[] {
    return (this.db.prepare('SELECT * FROM absences ORDER BY operative_id, from_date').all() as Row[]).map(rowToAbsence);
  }
  absence(id: number): Absence | undefined {
    const r = this.db.prepare('SELECT * FROM absences WHERE id = ?').get(id) as Row | undefined;
    return r && rowToAbsence(r);
  }
  /** Id of the absence with exactly these dates (absences are unique on operative, from, to). */
  absenceIdFor(operativeId: string, from: string, to: string): number | undefined {
    const r = this.db
      .prepare('SELECT id FROM absences WHERE operative_id = ? AND from_date = ? AND to_date = ?')
      .get(operativeId, from, to) as { id: number } | undefined;
    return r?.id;
  }
  flag(id: number): Flag | undefined {
    const r = this.db.prepare('SELECT * FROM flags WHERE id = ?').get(id) as Row | undefined;
    return r && rowToFlag(r);
  }
  flags(): Flag[] {
    return (this.db.prepare('SELECT * FROM flags ORDER BY operative_id, id').all() as Row[]).map(rowToFlag);
  }
  /** Id of the flag with this scope (flags are unique on operative, flag, scope). */
  flagIdFor(operativeId: string, flag: string, scope: string): number | undefined {
    const r = this.db.prepare('SELECT id FROM flags WHERE operative_id = ? AND flag = ? AND scope = ?').get(operativeId, flag, scope) as
      { id: number } | undefined;
    return r?.id;
  }
  diary(from?: string, to?: string): DiaryEntry[] {
    const rows =
      from && to
        ? this.db.prepare('SELECT * FROM diary_entries WHERE date BETWEEN ? AND ? ORDER BY date, operative_id, sequence').all(from, to)
        : this.db.prepare('SELECT * FROM diary_entries ORDER BY date, operative_id, sequence').all();
    return (rows as Row[]).map(rowToDiary);
  }
  /** Refs of one operative-day in sequence order. */
  dayRefs(operativeId: string, date: string): string[] {
    const rows = this.db
      .prepare('SELECT job_ref FROM diary_entries WHERE operative_id = ? AND date = ? ORDER BY sequence, job_ref')
      .all(operativeId, date) as { job_ref: string }[];
    return rows.map((r) => r.job_ref);
  }
  /** First and last date with a diary entry, or null for an empty diary. */
  diarySpan(): { from: string; to: string } | null {
    const r = this.db.prepare('SELECT MIN(date) AS a, MAX(date) AS b FROM diary_entries').get() as { a: string | null; b: string | null };
    return r.a && r.b ? { from: r.a, to: r.b } : null;
  }
  diaryEntry(ref: string): DiaryEntry | undefined {
    const r = this.db.prepare('SELECT * FROM diary_entries WHERE job_ref = ?').get(ref) as Row | undefined;
    return r && rowToDiary(r);
  }
  setting<T>(key: string): T | undefined {
    const r = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return r ? (JSON.parse(r.value) as T) : undefined;
  }
  /** Every job ref, and every operative id (ref and id suggestions, link checks). */
  jobRefs(): string[] {
    return this.db.prepare('SELECT ref FROM jobs').pluck().all() as string[];
  }
  operativeIds(): string[] {
    return this.db.prepare('SELECT id FROM operatives').pluck().all() as string[];
  }
  /** Placements per diary date. */
  placementsPerDate(): { date: string; n: number }[] {
    return this.db.prepare('SELECT date, COUNT(*) AS n FROM diary_entries GROUP BY date').all() as { date: string; n: number }[];
  }
  count(table: 'operatives' | 'jobs' | 'diary_entries'): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
}
