// How a step's row changes are kept in history.changes: a JSON array, one element per change or
// per run of alike changes. An update stores the before-image and only the columns it changed
// (`d`), not a second full image: an actuals import closing 45,000 jobs wrote 56 MB of history
// with full after-images. A run of inserts (or of partial updates) to one table with the same
// columns is stored by column (`n`): the column names once, columns with one value for the whole
// run once (`k`), then one array of values per row — 50,000 imported actuals rows would otherwise
// repeat 17 names and 5 constant values each. Steps written in either earlier form still read back.
import type { Row } from './tables';
import type { RowChange } from './change-recorder';

interface Stored {
  t: RowChange['t'];
  b?: Row;
  a?: Row;
  /** Changed columns of an update: after = { ...b, ...d }. */
  d?: Row;
  /** Partial images (RowChange.p). */
  p?: 1;
}

/** A run of inserts (`i`: after-images) or partial updates (`p`: before then after values) by column. */
interface Run {
  t: RowChange['t'];
  n: 'i' | 'p';
  c: string[];
  /** Value positions (in a row's full value list) that hold one value for the whole run. */
  k?: Record<string, unknown>;
  r: unknown[][];
}

/** Shorter runs stay one element per change: the column form pays off only over many rows. */
const MIN_RUN = 8;

export function encodeChanges(changes: readonly RowChange[]): string {
  const out: (Stored | Run)[] = [];
  for (let i = 0; i < changes.length;) {
    const first = changes[i]!;
    const cols = runColumns(first);
    let end = i + 1;
    if (cols) while (end < changes.length && sameShape(first, cols, changes[end]!)) end++;
    if (cols && end - i >= MIN_RUN) out.push(encodeRun(changes.slice(i, end), cols));
    else for (let j = i; j < end; j++) out.push(encodeOne(changes[j]!));
    i = end;
  }
  return JSON.stringify(out);
}

/** The columns of a change that can start a run (an insert, or a partial update), else null. */
function runColumns(c: RowChange): string[] | null {
  if (!c.b && c.a && !c.p) return Object.keys(c.a);
  if (c.p && c.a && c.b) {
    const cols = Object.keys(c.a);
    return hasColumns(c.b, cols) ? cols : null;
  }
  return null;
}

function sameShape(first: RowChange, cols: readonly string[], c: RowChange): boolean {
  if (c.t !== first.t || c.p !== first.p || !c.a || !hasColumns(c.a, cols)) return false;
  return first.p ? !!c.b && hasColumns(c.b, cols) : !c.b;
}

/** Exactly these columns, in this order (no array built per row: runs are tens of thousands long). */
function hasColumns(row: Row, cols: readonly string[]): boolean {
  let n = 0;
  for (const k in row) if (cols[n++] !== k) return false;
  return n === cols.length;
}

function encodeRun(run: readonly RowChange[], c: string[]): Run {
  const first = run[0]!;
  const n = first.p ? 'p' : 'i';
  const w = c.length;
  // A row's values: the after-image, or for a partial update the before- then the after-image.
  const value = (ch: RowChange, pos: number): unknown => (n === 'i' ? ch.a![c[pos]!] : pos < w ? ch.b![c[pos]!] : ch.a![c[pos - w]!]);
  const width = n === 'i' ? w : 2 * w;
  const k: Record<string, unknown> = {};
  const vary: number[] = [];
  for (let pos = 0; pos < width; pos++) {
    const v = value(first, pos);
    if (v !== undefined && (v === null || typeof v !== 'object') && run.every((ch) => value(ch, pos) === v)) k[pos] = v;
    else vary.push(pos);
  }
  const r = run.map((ch) => vary.map((pos) => value(ch, pos)));
  return vary.length < width ? { t: first.t, n, c, k, r } : { t: first.t, n, c, r };
}

function encodeOne(c: RowChange): Stored {
  if (c.p) return { t: c.t, b: c.b!, a: c.a!, p: 1 };
  if (!c.b) return { t: c.t, a: c.a! };
  if (!c.a) return { t: c.t, b: c.b };
  const d: Row = {};
  for (const k of Object.keys(c.a)) if (c.a[k] !== c.b[k]) d[k] = c.a[k];
  // A column the update dropped (not expected: after-images spread the before-image) keeps the old form.
  for (const k of Object.keys(c.b)) if (!(k in c.a)) return { t: c.t, b: c.b, a: c.a };
  return { t: c.t, b: c.b, d };
}

export function decodeChanges(text: string): RowChange[] {
  const out: RowChange[] = [];
  for (const s of JSON.parse(text) as (Stored | Run)[]) {
    if ('n' in s) decodeRun(s, out);
    else {
      const c: RowChange = { t: s.t, b: s.b ?? null, a: s.a ?? (s.d && s.b ? { ...s.b, ...s.d } : null) };
      if (s.p) c.p = true;
      out.push(c);
    }
  }
  return out;
}

function decodeRun(s: Run, out: RowChange[]): void {
  const width = s.c.length * (s.n === 'p' ? 2 : 1);
  const k = s.k ?? {};
  const vary: number[] = [];
  for (let pos = 0; pos < width; pos++) if (!(pos in k)) vary.push(pos);
  const image = (row: unknown[], from: number): Row => {
    const img: Row = {};
    s.c.forEach((col, j) => (img[col] = row[from + j]));
    return img;
  };
  for (const r of s.r) {
    const row: unknown[] = new Array(width);
    for (const pos in k) row[Number(pos)] = k[pos];
    vary.forEach((pos, m) => (row[pos] = r[m]));
    if (s.n === 'i') out.push({ t: s.t, b: null, a: image(row, 0) });
    else out.push({ t: s.t, b: image(row, 0), a: image(row, s.c.length), p: true });
  }
}
