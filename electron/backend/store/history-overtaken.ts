// Has a recorded step been overtaken? Compares each row the step touched with the image the
// step expects to find (after-images for undo, before-images for redo): a row someone else
// changed since cannot be put back without losing their change.
import { type RowChange, type SqlCache } from './change-recorder';
import { TABLES, type Row } from './tables';

export function rowKey(c: RowChange): string {
  const spec = TABLES[c.t];
  const row = (c.a ?? c.b)!;
  return `${c.t}:${JSON.stringify(spec.key.map((k) => row[k]))}`;
}

/**
 * The step's changes whose row no longer matches what the step expects, one per row.
 * For 'after' the last image of each row in the step counts, for 'before' the first.
 */
export function overtakenRows(sql: SqlCache, changes: readonly RowChange[], expect: 'after' | 'before'): RowChange[] {
  const expected = new Map<string, { change: RowChange; image: Row | null }>();
  for (const c of changes) {
    const key = rowKey(c);
    if (expect === 'after') expected.set(key, { change: c, image: c.a });
    else if (!expected.has(key)) expected.set(key, { change: c, image: c.b });
  }
  const out: RowChange[] = [];
  for (const { change, image } of expected.values()) {
    const spec = TABLES[change.t];
    const current = (sql.select(spec).get(spec.key.map((k) => (change.a ?? change.b)![k])) as Row | undefined) ?? null;
    // A partial change (`patch`) expects only the columns it set: the rest were never its to check.
    const cols = change.p && image ? spec.columns.filter((col) => col in image) : spec.columns;
    const same = image === null ? current === null : current !== null && cols.every((col) => same1(current[col], image[col]));
    if (!same) out.push(change);
  }
  return out;
}

// Loose on type: SQLite's column affinity may store 5 for "5" (and the image kept what was passed).
function same1(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  return String(a) === String(b);
}

const NOUNS: Partial<Record<keyof typeof TABLES, (r: Row) => string>> = {
  diary_entries: (r) => `${String(r.job_ref)}'s place in the diary`,
  jobs: (r) => `job ${String(r.ref)}`,
  operatives: (r) => `operative ${String(r.id)}`,
  dependencies: (r) => `the link ${String(r.pred_ref)} → ${String(r.succ_ref)}`,
  absences: (r) => `${String(r.operative_id)}'s absence from ${String(r.from_date)}`,
  flags: (r) => `${String(r.operative_id)}'s ${String(r.flag)} flag`,
  settings: (r) => `the setting ${String(r.key)}`,
  roster_days: (r) => `${String(r.operative_id)}'s roster on ${String(r.date)}`,
  roster_patterns: (r) => `${String(r.operative_id)}'s roster pattern ${String(r.name)}`,
  job_archive: (r) => `the archiving of ${String(r.job_ref)}`,
};

/** The row in words: "J-1003's place in the diary", "job J-1003", … */
export function describeRow(c: RowChange): string {
  const row = (c.a ?? c.b)!;
  const noun = NOUNS[c.t];
  if (noun) return noun(row);
  const spec = TABLES[c.t];
  return `${c.t} ${spec.key.map((k) => String(row[k])).join('/')}`;
}
