// Roster rows in the store: weekly/rotating patterns and per-day overrides, read and mapped to
// the domain shapes (shared/roster).
import type { RosterOverride, RosterPattern } from '../../../shared/roster';
import type { Row, TableRow } from './tables';
import type { Store } from './store';

export function patternToRow(p: RosterPattern): TableRow<'roster_patterns'> {
  return {
    id: p.id,
    operative_id: p.operative_id,
    name: p.name,
    kind: p.kind,
    anchor: p.anchor,
    from_date: p.from,
    to_date: p.to,
    days: JSON.stringify(p.days),
  };
}

export function rowToPattern(r: Row): RosterPattern {
  return {
    id: r.id as number,
    operative_id: r.operative_id as string,
    name: r.name as string,
    kind: r.kind as RosterPattern['kind'],
    anchor: r.anchor as string,
    from: r.from_date as string,
    to: (r.to_date as string | null) ?? null,
    days: JSON.parse(r.days as string) as RosterPattern['days'],
  };
}

export function overrideToRow(o: RosterOverride): TableRow<'roster_days'> {
  return { operative_id: o.operative_id, date: o.date, kind: o.kind, start_time: o.start, end_time: o.end, overnight: o.overnight ? 1 : 0 };
}

export function rowToOverride(r: Row): RosterOverride {
  return {
    operative_id: r.operative_id as string,
    date: r.date as string,
    kind: r.kind as RosterOverride['kind'],
    start: (r.start_time as string | null) ?? null,
    end: (r.end_time as string | null) ?? null,
    overnight: r.overnight === 1,
  };
}

export function readPatterns(store: Store, operativeId?: string): RosterPattern[] {
  const rows = operativeId
    ? store.db.prepare('SELECT * FROM roster_patterns WHERE operative_id = ? ORDER BY id').all(operativeId)
    : store.db.prepare('SELECT * FROM roster_patterns ORDER BY operative_id, id').all();
  return (rows as Row[]).map(rowToPattern);
}

export function readPattern(store: Store, id: number): RosterPattern | undefined {
  const row = store.db.prepare('SELECT * FROM roster_patterns WHERE id = ?').get(id) as Row | undefined;
  return row && rowToPattern(row);
}

/** Overrides, all or those dated from..to inclusive. */
export function readOverrides(store: Store, from?: string, to?: string): RosterOverride[] {
  const rows =
    from && to
      ? store.db.prepare('SELECT * FROM roster_days WHERE date BETWEEN ? AND ? ORDER BY date, operative_id, kind').all(from, to)
      : store.db.prepare('SELECT * FROM roster_days ORDER BY date, operative_id, kind').all();
  return (rows as Row[]).map(rowToOverride);
}

export function overridesOn(store: Store, operativeId: string, date: string): RosterOverride[] {
  return (
    store.db.prepare('SELECT * FROM roster_days WHERE operative_id = ? AND date = ? ORDER BY kind').all(operativeId, date) as Row[]
  ).map(rowToOverride);
}

/** The next pattern id: past the highest in use, so an id is never shared by two live rows. */
export function nextPatternId(store: Store): number {
  return ((store.db.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM roster_patterns').get() as { n: number }).n ?? 0) + 1;
}
