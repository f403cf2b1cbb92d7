// The persistent undo/redo stack, one per actor (an app window, a CLI user). A mutation runs in
// one IMMEDIATE transaction (the write lock is taken up front, so a second writer waits its busy
// timeout instead of failing half-way), records its row changes and appends one history row
// with its actor; a new step discards only that actor's undone steps. Undo and redo take the
// actor's own latest step, and refuse — naming what changed and who changed it — when someone
// else has changed the same rows since.
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { currentActor } from './actor';
import { ChangeRecorder, replay, type RowChange, type SqlCache } from './change-recorder';
import { describeRow, overtakenRows, rowKey } from './history-overtaken';

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

interface StepRow {
  id: number;
  label: string;
  changes: string;
}

// Steps recorded before actors existed (actor NULL) belong to everyone, as they did then.
const MINE = '(actor = ? OR actor IS NULL)';

export class History {
  constructor(
    private readonly db: Database.Database,
    private readonly sql: SqlCache,
    private readonly now: () => string,
    /** Told after each commit which tables it wrote. */
    private readonly onWrite: (tables: ReadonlySet<string>) => void = () => undefined,
  ) {}

  /**
   * Runs `fn` in one transaction as the current actor. If it throws, nothing is written. If it
   * recorded any row change, one undoable step labelled `label` is appended and the actor's
   * redo stack is cleared.
   */
  mutate<T>(label: string, fn: (rec: ChangeRecorder) => T): MutationResult<T> {
    const actor = currentActor();
    const result = this.db
      .transaction(() => {
        const rec = new ChangeRecorder(this.sql);
        const value = fn(rec);
        if (rec.changes.length > 0) {
          this.db.prepare(`DELETE FROM history WHERE state = 'undone' AND ${MINE}`).run(actor);
          this.db
            .prepare("INSERT INTO history (label, at, changes, state, actor) VALUES (?, ?, ?, 'done', ?)")
            .run(label, this.now(), JSON.stringify(rec.changes), actor);
        }
        return { value, changed: rec.changes.length, tables: new Set(rec.changes.map((c) => c.t)) };
      })
      .immediate();
    if (result.changed > 0) this.onWrite(result.tables);
    return { value: result.value, changed: result.changed };
  }

  /** Undoes the actor's latest step; null when there is none. Throws CONFLICT when it was overtaken. */
  undo(actor = currentActor()): { label: string; changes: RowChange[] } | null {
    return this.step(actor, 'undo');
  }

  /** Redoes the actor's most recently undone step; null when there is none. */
  redo(actor = currentActor()): { label: string; changes: RowChange[] } | null {
    return this.step(actor, 'redo');
  }

  private step(actor: string, command: 'undo' | 'redo'): { label: string; changes: RowChange[] } | null {
    const undo = command === 'undo';
    const done = this.db
      .transaction(() => {
        const row = this.db
          .prepare(
            undo
              ? `SELECT id, label, changes FROM history WHERE state = 'done' AND ${MINE} ORDER BY id DESC LIMIT 1`
              : `SELECT id, label, changes FROM history WHERE state = 'undone' AND ${MINE} ORDER BY id ASC LIMIT 1`,
          )
          .get(actor) as StepRow | undefined;
        if (!row) return null;
        const changes = JSON.parse(row.changes) as RowChange[];
        // Undo expects the rows as the step left them; redo, as its undo left them.
        const clash = overtakenRows(this.sql, changes, undo ? 'after' : 'before')[0];
        if (clash) throw new ApiError('CONFLICT', this.overtakenMessage(command, row, clash, actor));
        replay(this.sql, undo ? [...changes].reverse() : changes, undo);
        this.db.prepare('UPDATE history SET state = ? WHERE id = ?').run(undo ? 'undone' : 'done', row.id);
        return { label: row.label, changes };
      })
      .immediate();
    if (done) this.onWrite(new Set(done.changes.map((c) => c.t)));
    return done;
  }

  /** "Can't undo “Move J-1”: J-1's diary entry was changed since by user:sam (“Assign J-1”)…" */
  private overtakenMessage(command: 'undo' | 'redo', step: StepRow, clash: RowChange, actor: string): string {
    const key = rowKey(clash);
    const later = (
      this.db.prepare("SELECT label, actor, changes FROM history WHERE id > ? AND state = 'done' ORDER BY id DESC").all(step.id) as {
        label: string;
        actor: string | null;
        changes: string;
      }[]
    ).find((h) => (JSON.parse(h.changes) as RowChange[]).some((c) => rowKey(c) === key));
    const by = later
      ? ` by ${later.actor && later.actor !== actor ? later.actor : 'another change'} (“${later.label}”)`
      : ' by another change';
    return (
      `Can't ${command} “${step.label}”: ${describeRow(clash)} was changed since${by}. ` +
      `Nothing was changed. Look at it again and make the change you want by hand.`
    );
  }

  status(actor = currentActor()): HistoryStatus {
    const last = this.db.prepare(`SELECT label FROM history WHERE state = 'done' AND ${MINE} ORDER BY id DESC LIMIT 1`).get(actor) as
      { label: string } | undefined;
    const next = this.db.prepare(`SELECT label FROM history WHERE state = 'undone' AND ${MINE} ORDER BY id ASC LIMIT 1`).get(actor) as
      { label: string } | undefined;
    return { canUndo: !!last, canRedo: !!next, undoLabel: last?.label ?? null, redoLabel: next?.label ?? null };
  }
}
