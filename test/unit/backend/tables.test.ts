// The one column list per table (store/tables.ts) against the schema the migrations build: a
// migration that adds or renames a column without updating the list fails here, by name.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../../electron/backend/store/store';
import { ALL_TABLES, JOURNAL_TABLES, TABLES } from '../../../electron/backend/store/tables';
import { tempDir } from './temp-workspace';

interface ColumnInfo {
  name: string;
  pk: number;
}

function migratedSchema(): Map<string, { columns: string[]; key: string[] }> {
  const store = Store.open(path.join(tempDir(), 'w.db'));
  try {
    const names = (
      store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    return new Map(
      names.map((name) => {
        const cols = store.db.prepare(`PRAGMA table_info(${name})`).all() as ColumnInfo[];
        const key = cols
          .filter((c) => c.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((c) => c.name);
        return [name, { columns: cols.map((c) => c.name), key }];
      }),
    );
  } finally {
    store.close();
  }
}

describe('store/tables.ts: one column list per table', () => {
  const schema = migratedSchema();

  it('lists exactly the tables a migrated file has', () => {
    expect(Object.keys(ALL_TABLES).sort()).toEqual([...schema.keys()].sort());
  });

  it.each(Object.keys(ALL_TABLES))('%s: columns (in order) and primary key match PRAGMA table_info', (name) => {
    const spec = ALL_TABLES[name]!;
    expect(spec.name).toBe(name);
    expect({ columns: [...spec.columns], key: [...spec.key] }).toEqual(schema.get(name));
  });

  it('keeps undo (recorded) and journal tables apart', () => {
    const recorded = new Set(Object.keys(TABLES));
    expect(Object.keys(JOURNAL_TABLES).filter((t) => recorded.has(t))).toEqual([]);
    expect(recorded.has('history')).toBe(false);
  });
});
