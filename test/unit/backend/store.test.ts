import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../electron/backend/store/store';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/backend/store/migrations';
import { listBackups } from '../../../electron/backend/store/backup';
import { openWorkspace } from '../../../electron/backend/workspace';
import { tempDir } from './temp-workspace';

describe('workspace store', () => {
  it('opens with WAL, synchronous=FULL and foreign keys on, and records migrations in a ledger', () => {
    const file = path.join(tempDir(), 'w.db');
    const store = Store.open(file);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const ledger = store.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as { version: number }[];
    expect(ledger.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
    store.close();
  });

  it('reopening applies nothing twice', () => {
    const file = path.join(tempDir(), 'w.db');
    Store.open(file).close();
    const again = Store.open(file);
    expect(again.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect((again.db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(MIGRATIONS.length);
    again.close();
  });

  it('refuses a database written by a newer version, with a clear message, and changes nothing', () => {
    const file = path.join(tempDir(), 'w.db');
    Store.open(file).close();
    const raw = new Database(file);
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', 'x')").run();
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => Store.open(file)).toThrow(/newer Planwright \(schema version 99; this build knows up to \d+\)/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database', () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'just some text, not SQLite at all'.repeat(50));
    expect(() => Store.open(file)).toThrow(/not a database/);
  });

  it('keeps a rolling backup on open: the last 5 of today, each a readable copy', async () => {
    const file = path.join(tempDir(), 'w.db');
    for (let i = 0; i < 7; i++) {
      const ws = await openWorkspace(file);
      ws.store.db.prepare("INSERT INTO settings (key, value) VALUES (?, '1')").run(`k${i}`);
      ws.close();
    }
    const backups = listBackups(file);
    expect(backups).toHaveLength(5);
    const newest = new Database(backups[0]!.file, { readonly: true });
    // The newest backup was taken on the 7th open, before its insert: it holds k0..k5.
    expect((newest.prepare('SELECT COUNT(*) AS n FROM settings').get() as { n: number }).n).toBe(6);
    newest.close();
    expect(fs.readdirSync(path.dirname(backups[0]!.file)).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('foreign keys hold: a diary entry for a missing job is refused', () => {
    const store = Store.open(path.join(tempDir(), 'w.db'));
    expect(() =>
      store.history.mutate('bad', (rec) =>
        rec.put('diary_entries', { job_ref: 'NOPE', operative_id: 'X', date: '2027-01-04', start: null, sequence: 0, pinned: 0 }),
      ),
    ).toThrow(/FOREIGN KEY/);
    expect(store.history.status().canUndo).toBe(false);
    store.close();
  });
});
