// The persistent undo/redo stack. A mutation runs inside one transaction, records its row
// changes and appends one history row; a new step discards anything that was undone.
import type Database from 'better-sqlite3';
import { ChangeRecorder, replay, type RowChange, type SqlCache } from './change-recorder';

export interface HistoryStatus {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface MutationResult<T> {
  value: T;
  changed: number;
}

export class History {
  constructor(
    private readonly db: Database.Database,
    private readonly sql: SqlCache,
    private readonly now: () => string,
    /** Told after each commit which tables it wrote. */
    private readonly onWrite: (tables: ReadonlySet<string>) => void = () => undefined,
  ) {}

  /**
   * Runs `fn` in one transaction. If it throws, nothing is written. If it recorded any row
   * change, one undoable step labelled `label` is appended and the redo stack is cleared.
   */
  mutate<T>(label: string, fn: (rec: ChangeRecorder) => T): MutationResult<T> {
    const result = this.db.transaction(() => {
      const rec = new ChangeRecorder(this.sql);
      const value = fn(rec);
      if (rec.changes.length > 0) {
        this.db.prepare("DELETE FROM history WHERE state = 'undone'").run();
        this.db
          .prepare("INSERT INTO history (label, at, changes, state) VALUES (?, ?, ?, 'done')")
          .run(label, this.now(), JSON.stringify(rec.changes));
      }
      return { value, changed: rec.changes.length, tables: new Set(rec.changes.map((c) => c.t)) };
    })();
    if (result.changed > 0) this.onWrite(result.tables);
    return { value: result.value, changed: result.changed };
  }

  undo(): { label: string; changes: RowChange[] } | null {
    const done = this.db.transaction(() => {
      const row = this.db.prepare("SELECT id, label, changes FROM history WHERE state = 'done' ORDER BY id DESC LIMIT 1").get() as
        { id: number; label: string; changes: string } | undefined;
      if (!row) return null;
      const changes = JSON.parse(row.changes) as RowChange[];
      replay(this.sql, [...changes].reverse(), true);
      this.db.prepare("UPDATE history SET state = 'undone' WHERE id = ?").run(row.id);
      return { label: row.label, changes };
    })();
    if (done) this.onWrite(new Set(done.changes.map((c) => c.t)));
    return done;
  }

  redo(): { label: string; changes: RowChange[] } | null {
    const done = this.db.transaction(() => {
      const row = this.db.prepare("SELECT id, label, changes FROM history WHERE state = 'undone' ORDER BY id ASC LIMIT 1").get() as
        { id: number; label: string; changes: string } | undefined;
      if (!row) return null;
      const changes = JSON.parse(row.changes) as RowChange[];
      replay(this.sql, changes, false);
      this.db.prepare("UPDATE history SET state = 'done' WHERE id = ?").run(row.id);
      return { label: row.label, changes };
    })();
    if (done) this.onWrite(new Set(done.changes.map((c) => c.t)));
    return done;
  }

  status(): HistoryStatus {
    const last = this.db.prepare("SELECT label FROM history WHERE state = 'done' ORDER BY id DESC LIMIT 1").get() as
      { label: string } | undefined;
    const next = this.db.prepare("SELECT label FROM history WHERE state = 'undone' ORDER BY id ASC LIMIT 1").get() as
      { label: string } | undefined;
    return { canUndo: !!last, canRedo: !!next, undoLabel: last?.label ?? null, redoLabel: next?.label ?? null };
  }
}
