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
    const shape = shapeOf(changes[i]!);
    let end = i + 1;
    if (shape) while (end < changes.length && shapeOf(changes[end]!) === shape) end++;
    if (shape && end - i >= MIN_RUN) out.push(encodeRun(changes.slice(i, end)));
    else for (let j = i; j < end; j++) out.push(encodeOne(changes[j]!));
    i = end;
  }
  return JSON.stringify(out);
}

/** Changes with equal shapes can share a run; null: this one cannot be in a run. */
function shapeOf(c: RowChange): string | null {
  if (!c.b && c.a && !c.p) return `i ${c.t} ${Object.keys(c.a).join(',')}`;
  if (c.p && c.a && c.b) {
    const cols = Object.keys(c.a).join(',');
    return Object.keys(c.b).join(',') === cols ? `p ${c.t} ${cols}` : null;
  }
  return null;
}

function encodeRun(run: readonly RowChange[]): Run {
  const first = run[0]!;
  const c = Object.keys(first.a!);
  const n = first.p ? 'p' : 'i';
  const full = run.map((ch) => {
    const values = c.map((col) => ch.a![col]);
    return n === 'p' ? [...c.map((col) => ch.b![col]), ...values] : values;
  });
  const k: Record<string, unknown> = {};
  const vary: number[] = [];
  full[0]!.forEach((v, pos) => {
    if (v !== undefined && (v === null || typeof v !== 'object') && full.every((r) => r[pos] === v)) k[pos] = v;
    else vary.push(pos);
  });
  const r = vary.length === full[0]!.length ? full : full.map((row) => vary.map((pos) => row[pos]));
  return Object.keys(k).length > 0 ? { t: first.t, n, c, k, r } : { t: first.t, n, c, r };
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
