// How a step's row changes are kept in history.changes. An update stores the before-image and
// only the columns it changed (`d`), not a second full image: an actuals import closing 45,000
// jobs wrote 56 MB of history with full after-images, half of it copies of unchanged columns.
// Steps written before this (full `a` images) still read back.
import type { Row } from './tables';
import type { RowChange } from './change-recorder';

interface Stored {
  t: RowChange['t'];
  b?: Row;
  a?: Row;
  /** Changed columns of an update: after = { ...b, ...d }. */
  d?: Row;
}

export function encodeChanges(changes: readonly RowChange[]): string {
  return JSON.stringify(changes.map(encodeOne));
}

function encodeOne(c: RowChange): Stored {
  if (!c.b) return { t: c.t, a: c.a! };
  if (!c.a) return { t: c.t, b: c.b };
  const d: Row = {};
  for (const k of Object.keys(c.a)) if (c.a[k] !== c.b[k]) d[k] = c.a[k];
  // A column the update dropped (not expected: after-images spread the before-image) keeps the old form.
  for (const k of Object.keys(c.b)) if (!(k in c.a)) return { t: c.t, b: c.b, a: c.a };
  return { t: c.t, b: c.b, d };
}

export function decodeChanges(text: string): RowChange[] {
  return (JSON.parse(text) as Stored[]).map((s) => ({
    t: s.t,
    b: s.b ?? null,
    a: s.a ?? (s.d && s.b ? { ...s.b, ...s.d } : null),
  }));
}
