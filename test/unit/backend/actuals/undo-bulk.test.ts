// Undo of a 50,000-row actuals import puts back exactly what was there: every row of every table
// the import writes hashes as before (the import keeps job statuses as partial changes and its
// rows by column in history, so this is the check that nothing was lost on the way). Redo brings
// the import back as it was, and a job changed by someone else since still stops the undo.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importActualsCsv } from '../../../../electron/backend/actuals/import-csv';
import { withActor } from '../../../../electron/backend/store/actor';
import type { Store } from '../../../../electron/backend/store/store';
import { TABLES } from '../../../../electron/backend/store/tables';
import { openWorkspace } from '../../../../electron/backend/workspace';
import { actualsCsv, buildWorkspace, VISITS } from '../../../bench/actuals/fixture';
import { tempDir } from '../temp-workspace';

const WRITTEN = ['jobs', 'actuals', 'diary_entries', 'dependencies', 'follow_on_jobs', 'address_flags', 'address_flag_visits'] as const;

/** One hash per table over every row, in key order. */
function contentHash(store: Store): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of WRITTEN) {
    const spec = TABLES[t];
    const h = createHash('sha256');
    const rows = store.db
      .prepare(`SELECT ${spec.columns.join(', ')} FROM ${t} ORDER BY ${spec.key.join(', ')}`)
      .raw()
      .all();
    for (const r of rows) h.update(JSON.stringify(r)).update('\n');
    out[t] = `${rows.length}:${h.digest('hex')}`;
  }
  return out;
}

describe('undo of a 50,000-row actuals import', () => {
  it('restores every row exactly; redo brings the import back; a later change by someone else stops it', async () => {
    const ws = await openWorkspace(path.join(tempDir(), 'workspace.db'), { backup: false });
    try {
      const text = actualsCsv(buildWorkspace(ws.store));
      const before = contentHash(ws.store);

      const r = importActualsCsv(ws.store, text);
      expect(r.ok && r.counts.added).toBe(VISITS);
      const imported = contentHash(ws.store);
      expect(imported.actuals).toMatch(/^50000:/);
      expect(imported.jobs).not.toBe(before.jobs);
      expect(imported.diary_entries).not.toBe(before.diary_entries);

      expect(ws.store.history.undo()?.label).toBe('Import actuals.csv');
      expect(contentHash(ws.store)).toEqual(before);
      ws.store.history.redo();
      expect(contentHash(ws.store)).toEqual(imported);

      // Someone else puts one of the imported jobs on hold: undoing the import now would lose that.
      const done = ws.store.db.prepare("SELECT ref FROM jobs WHERE status = 'done' ORDER BY ref LIMIT 1").pluck().get() as string;
      withActor('user:sam', () => ws.store.history.mutate(`Hold ${done}`, (rec) => rec.put('jobs', { ref: done, status: 'on_hold' })));
      expect(() => ws.store.history.undo()).toThrow(`job ${done} was changed since by user:sam (“Hold ${done}”)`);
      expect(contentHash(ws.store).actuals).toBe(imported.actuals);
    } finally {
      ws.close();
    }
  }, 180_000);
});
