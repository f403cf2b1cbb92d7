// Writes rows while recording row-level before/after images. One ChangeSet = one user step;
// undo replays the before-images in reverse order, redo the after-images in order.
import type Database from 'better-sqlite3';
import { TABLES, type ColumnOf, type Row, type TableName, type TableRow, type TableSpec } from './tables';

export interface RowChange {
  t: TableName;
  b: Row | null; // before (null = row did not exist)
  a: Row | null; // after (null = row deleted)
  /**
   * Partial images (`patchColumn`): both hold the key and the columns the step set, nothing else.
   * Undo and redo set those columns back; the row's other columns were not the step's business.
   */
  p?: true;
}

/** Rows per multi-row INSERT: well under SQLite's 32,766 bound parameters for any table here. */
const ROWS_PER_INSERT = 64;
/** Keys per `UPDATE … WHERE key IN (…)`. */
const KEYS_PER_UPDATE = 500;

export class ChangeRecorder {
  readonly changes: RowChange[] = [];
  constructor(private readonly sql: SqlCache) {}

  get<T extends TableName>(table: T, key: Partial<TableRow<T>>): Row | undefined {
    return this.sql.select(TABLES[table]).get(keyValues(TABLES[table], key)) as Row | undefined;
  }

  /**
   * Insert or update a row by its key. A partial row updates only the columns it names.
   * Returns true if anything changed (unchanged rows are not recorded). Column names are checked
   * against the table's one column list (tables.ts) at compile time.
   */
  put<T extends TableName>(table: T, row: Partial<TableRow<T>>): boolean {
    const spec = TABLES[table];
    const before = this.get(table, row) ?? null;
    const after = { ...(before ?? {}), ...pick(spec, row) };
    if (before && sameRow(spec, before, after)) return false;
    this.sql.upsert(spec).run(spec.columns.map((c) => after[c] ?? null));
    this.changes.push({ t: table, b: before, a: after });
    return true;
  }

  /** Insert a row into a table with an INTEGER autoincrement `id`; returns the id. */
  insertWithId<T extends 'absences' | 'flags' | 'change_requests'>(table: T, row: Partial<TableRow<T>>): number {
    const spec: TableSpec = TABLES[table];
    const cols = spec.columns.filter((c) => c !== 'id');
    const info = this.sql.insertNoId(spec).run(cols.map((c) => (row as Row)[c] ?? null));
    const id = Number(info.lastInsertRowid);
    this.changes.push({ t: table, b: null, a: { ...pick(spec, row), id } });
    return id;
  }

  /**
   * `put` when the caller already read the row (e.g. many at once): `before` must be the stored
   * row as it is now, inside this transaction. Returns true if anything changed.
   */
  putOver<T extends TableName>(table: T, before: Row, patch: Partial<TableRow<T>>): boolean {
    const spec = TABLES[table];
    const after = { ...before, ...pick(spec, patch) };
    if (sameRow(spec, before, after)) return false;
    this.sql.upsert(spec).run(spec.columns.map((c) => after[c] ?? null));
    this.changes.push({ t: table, b: before, a: after });
    return true;
  }

  /**
   * Insert a row whose key is new (e.g. a freshly allocated id), skipping the before-image
   * look-up `put` makes: bulk imports write tens of thousands. A key that exists fails loudly.
   */
  insertNew<T extends TableName>(table: T, row: Partial<TableRow<T>>): void {
    const spec = TABLES[table];
    const after = pick(spec, row);
    this.sql.insert(spec).run(spec.columns.map((c) => after[c] ?? null));
    this.changes.push({ t: table, b: null, a: after });
  }

  /**
   * `insertNew` for many rows: multi-row INSERTs, so 50,000 rows cost ~800 statement runs rather
   * than 50,000. Recorded as one change per row, as `insertNew` would.
   */
  insertMany<T extends TableName>(table: T, rows: readonly TableRow<T>[]): void {
    const spec = TABLES[table];
    // Whole rows (the type says so): kept as the after-images as they are, no copy per row.
    const images = rows as readonly Row[];
    for (let i = 0; i < images.length; i += ROWS_PER_INSERT) {
      const part = images.slice(i, i + ROWS_PER_INSERT);
      const values: unknown[] = [];
      for (const image of part) for (const c of spec.columns) values.push(image[c] ?? null);
      this.sql.insertRows(spec, part.length).run(values);
    }
    for (const a of images) this.changes.push({ t: table, b: null, a });
  }

  /**
   * Sets one column of many rows of a table keyed by one column: each row's key, the value it
   * holds now (read in this transaction) and the value to set; keys distinct. Records only the key
   * and that column per row (partial changes) and updates with one statement per value and 500
   * keys: an actuals import closing 45,000 jobs spent most of its time reading, upserting and
   * keeping whole job rows. A row that is not there fails loudly. Returns how many rows changed.
   */
  patchColumn<T extends TableName>(table: T, column: ColumnOf<T>, rows: readonly { key: unknown; was: unknown; set: unknown }[]): number {
    const spec: TableSpec = TABLES[table];
    const key = spec.key[0]!;
    if (spec.key.length !== 1 || key === column) throw new Error(`patchColumn: ${table}.${column} is not a column of a one-column key`);
    const bySet = new Map<unknown, unknown[]>();
    for (const r of rows) {
      if (r.set === r.was) continue;
      this.changes.push({ t: table, b: { [key]: r.key, [column]: r.was }, a: { [key]: r.key, [column]: r.set }, p: true });
      const keys = bySet.get(r.set);
      if (keys) keys.push(r.key);
      else bySet.set(r.set, [r.key]);
    }
    let changed = 0;
    for (const [value, keys] of bySet)
      for (let i = 0; i < keys.length; i += KEYS_PER_UPDATE) {
        const part = keys.slice(i, i + KEYS_PER_UPDATE);
        // Padded with its last key to a full list: one prepared statement per column, whatever the count.
        const padded = part.concat(Array<unknown>(KEYS_PER_UPDATE - part.length).fill(part[part.length - 1]));
        const done = this.sql.updateWhereIn(spec, column, KEYS_PER_UPDATE).run(value ?? null, ...padded);
        if (done.changes !== part.length)
          throw new Error(`patchColumn: ${part.length - done.changes} of these ${table} rows are not there`);
        changed += done.changes;
      }
    return changed;
  }

  delete<T extends TableName>(table: T, key: Partial<TableRow<T>>): boolean {
    const spec = TABLES[table];
    const before = this.get(table, key);
    if (!before) return false;
    this.sql.del(spec).run(keyValues(spec, key));
    this.changes.push({ t: table, b: before, a: null });
    return true;
  }
}

/** Applies images: for undo pass the changes reversed with `useBefore`. */
export function replay(sql: SqlCache, changes: readonly RowChange[], useBefore: boolean): void {
  for (const ch of changes) {
    const spec: TableSpec = TABLES[ch.t];
    const target = useBefore ? ch.b : ch.a;
    const other = useBefore ? ch.a : ch.b;
    if (ch.p && target) {
      const cols = spec.columns.filter((c) => c in target && !spec.key.includes(c));
      sql.update(spec, cols).run([...cols.map((c) => target[c] ?? null), ...keyValues(spec, target)]);
    } else if (target) sql.upsert(spec).run(spec.columns.map((c) => target[c] ?? null));
    else if (other) sql.del(spec).run(keyValues(spec, other));
  }
}

/** Prepared statements per table, built once per connection. */
export class SqlCache {
  private cache = new Map<string, Database.Statement>();
  constructor(private readonly db: Database.Database) {}

  private stmt(id: string, make: () => string): Database.Statement {
    let s = this.cache.get(id);
    if (!s) {
      s = this.db.prepare(make());
      this.cache.set(id, s);
    }
    return s;
  }
  select(spec: TableSpec) {
    return this.stmt(`sel:${spec.name}`, () => `SELECT * FROM ${spec.name} WHERE ${where(spec)}`);
  }
  del(spec: TableSpec) {
    return this.stmt(`del:${spec.name}`, () => `DELETE FROM ${spec.name} WHERE ${where(spec)}`);
  }
  upsert(spec: TableSpec) {
    return this.stmt(`ups:${spec.name}`, () => {
      const cols = spec.columns.join(', ');
      const marks = spec.columns.map(() => '?').join(', ');
      const sets = spec.columns.filter((c) => !spec.key.includes(c)).map((c) => `${c} = excluded.${c}`);
      // ON CONFLICT ... DO UPDATE (not REPLACE): REPLACE would delete and re-insert the parent row.
      return `INSERT INTO ${spec.name} (${cols}) VALUES (${marks}) ON CONFLICT(${spec.key.join(', ')}) DO UPDATE SET ${sets.join(', ')}`;
    });
  }
  insert(spec: TableSpec) {
    return this.stmt(
      `new:${spec.name}`,
      () => `INSERT INTO ${spec.name} (${spec.columns.join(', ')}) VALUES (${spec.columns.map(() => '?').join(', ')})`,
    );
  }
  /** INSERT of `rows` rows at once. */
  insertRows(spec: TableSpec, rows: number) {
    return this.stmt(`new${rows}:${spec.name}`, () => {
      const one = `(${spec.columns.map(() => '?').join(', ')})`;
      return `INSERT INTO ${spec.name} (${spec.columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => one).join(', ')}`;
    });
  }
  /** UPDATE of one column of the rows whose (one-column) key is in a list of `keys` keys. */
  updateWhereIn(spec: TableSpec, column: string, keys: number) {
    return this.stmt(
      `updin${keys}:${spec.name}:${column}`,
      () => `UPDATE ${spec.name} SET ${column} = ? WHERE ${spec.key[0]} IN (${Array.from({ length: keys }, () => '?').join(', ')})`,
    );
  }
  /** UPDATE of some columns of one row by its key. */
  update(spec: TableSpec, cols: readonly string[]) {
    return this.stmt(
      `upd:${spec.name}:${cols.join(',')}`,
      () => `UPDATE ${spec.name} SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE ${where(spec)}`,
    );
  }
  insertNoId(spec: TableSpec) {
    return this.stmt(`ins:${spec.name}`, () => {
      const cols = spec.columns.filter((c) => c !== 'id');
      return `INSERT INTO ${spec.name} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
    });
  }
}

function where(spec: TableSpec): string {
  return spec.key.map((k) => `${k} = ?`).join(' AND ');
}
function keyValues(spec: TableSpec, row: Row): unknown[] {
  return spec.key.map((k) => row[k]);
}
function pick(spec: TableSpec, row: Row): Row {
  const out: Row = {};
  for (const c of spec.columns) if (c in row) out[c] = row[c];
  return out;
}
function sameRow(spec: TableSpec, a: Row, b: Row): boolean {
  return spec.columns.every((c) => a[c] === b[c]);
}
