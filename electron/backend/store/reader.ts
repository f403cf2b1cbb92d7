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
  flags(): Flag[] {
    return (this.db.prepare('SELECT * FROM flags ORDER BY operative_id, id').all() as Row[]).map(rowToFlag);
  }
  diary(from?: string, to?: string): DiaryEntry[] {
    const rows =
      from && to
        ? this.db.prepare('SELECT * FROM diary_entries WHERE date BETWEEN ? AND ? ORDER BY date, operative_id, sequence').all(from, to)
        : this.db.prepare('SELECT * FROM diary_entries ORDER BY date, operative_id, sequence').all();
    return (rows as Row[]).map(rowToDiary);
  }
  diaryEntry(ref: string): DiaryEntry | undefined {
    const r = this.db.prepare('SELECT * FROM diary_entries WHERE job_ref = ?').get(ref) as Row | undefined;
    return r && rowToDiary(r);
  }
  setting<T>(key: string): T | undefined {
    const r = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return r ? (JSON.parse(r.value) as T) : undefined;
  }
  count(table: 'operatives' | 'jobs' | 'diary_entries'): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
}
