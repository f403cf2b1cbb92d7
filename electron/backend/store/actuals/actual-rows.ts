// SQL for actuals (visit records) and their follow-on links. Rows are written through the
// change recorder by the services; this file reads them and maps rows to objects.
import type { Outcome, StoredActual, VisitRecord } from '../../../../shared/actuals';
import type { Store } from '../store';
import type { Row, TableRow } from '../tables';
import { stmt } from './statements';

export function rowToActual(r: Row): StoredActual {
  return {
    id: r.id as number,
    ref: r.ref as string,
    version: (r.version_given as number | null) ?? null,
    version_in_force: r.version as number,
    operative_id: r.operative_id as string,
    date: r.date as string,
    arrived: (r.arrived as string | null) ?? null,
    left: (r.left_at as string | null) ?? null,
    outcome: r.outcome as Outcome,
    reason: (r.reason as string | null) ?? null,
    follow_on_trade: (r.follow_on_trade as string | null) ?? null,
    follow_on_minutes: (r.follow_on_minutes as number | null) ?? null,
    notes: r.notes as string,
    source: r.source as string,
    recorded_at: r.recorded_at as string,
    recorded_by: r.recorded_by as string,
    superseded_by: (r.superseded_by as number | null) ?? null,
  };
}

export function actualToRow(a: StoredActual): TableRow<'actuals'> {
  return {
    id: a.id,
    ref: a.ref,
    version: a.version_in_force,
    version_given: a.version,
    operative_id: a.operative_id,
    date: a.date,
    arrived: a.arrived,
    left_at: a.left,
    outcome: a.outcome,
    reason: a.reason,
    follow_on_trade: a.follow_on_trade,
    follow_on_minutes: a.follow_on_minutes,
    notes: a.notes,
    source: a.source,
    recorded_at: a.recorded_at,
    recorded_by: a.recorded_by,
    superseded_by: a.superseded_by,
  };
}

/** Past both the highest id in use and the highest ever handed out: an undone row's id is never reused. */
export function nextIdIn(store: Store, table: 'actuals' | 'address_flags'): number {
  const used = (stmt(store, `SELECT COALESCE(MAX(id), 0) AS n FROM ${table}`).get() as { n: number }).n;
  const seq = stmt(store, 'SELECT seq FROM sqlite_sequence WHERE name = ?').get(table) as { seq: number } | undefined;
  return Math.max(used, seq?.seq ?? 0) + 1;
}

/** Current (not superseded) visits dated in the range. */
export function currentActualsBetween(store: Store, from: string, to: string): StoredActual[] {
  return (
    stmt(store, 'SELECT * FROM actuals WHERE superseded_by IS NULL AND date BETWEEN ? AND ? ORDER BY date, operative_id, arrived, id').all(
      from,
      to,
    ) as Row[]
  ).map(rowToActual);
}

const CHUNK = 500;

/**
 * Current visits of each job, only what decides its state;
 * with `belowId`, only rows older than that id (an import adds the rows it wrote itself).
 */
export function visitRecordsOf(store: Store, refs: Iterable<string>, belowId = Number.MAX_SAFE_INTEGER): Map<string, VisitRecord[]> {
  const out = new Map<string, VisitRecord[]>();
  const list = [...new Set(refs)];
  for (let i = 0; i < list.length; i += CHUNK) {
    const part = list.slice(i, i + CHUNK);
    const rows = stmt(
      store,
      `SELECT id, ref, date, arrived, left_at AS "left", outcome, reason FROM actuals WHERE superseded_by IS NULL AND id < ? AND ref IN (${part.map(() => '?').join(',')})`,
    ).all(belowId, ...part) as VisitRecord[];
    for (const v of rows) {
      const l = out.get(v.ref);
      if (l) l.push(v);
      else out.set(v.ref, [v]);
    }
  }
  return out;
}

/** Jobs with a current visit of one of these outcomes (the rebooking queue's candidates). */
export function refsWithOutcome(store: Store, outcomes: readonly Outcome[]): string[] {
  return stmt(
    store,
    `SELECT DISTINCT ref FROM actuals WHERE superseded_by IS NULL AND outcome IN (${outcomes.map(() => '?').join(',')}) ORDER BY ref`,
  )
    .pluck()
    .all(...outcomes) as string[];
}

/** A job's visit record, corrected rows included, oldest first. */
export function actualHistory(store: Store, ref: string): StoredActual[] {
  return (stmt(store, 'SELECT * FROM actuals WHERE ref = ? ORDER BY date, id').all(ref) as Row[]).map(rowToActual);
}

export interface FollowOnRow {
  follow_on_ref: string;
  origin_ref: string;
  origin_date: string;
}

export function followOnLinks(store: Store): Map<string, FollowOnRow> {
  const rows = stmt(store, 'SELECT follow_on_ref, origin_ref, origin_date FROM follow_on_jobs').all() as FollowOnRow[];
  return new Map(rows.map((r) => [r.follow_on_ref, r]));
}

export function followOnOfVisit(store: Store, originRef: string, originDate: string): FollowOnRow | undefined {
  return stmt(store, 'SELECT follow_on_ref, origin_ref, origin_date FROM follow_on_jobs WHERE origin_ref = ? AND origin_date = ?').get(
    originRef,
    originDate,
  ) as FollowOnRow | undefined;
}

export function followOnsOf(store: Store, originRef: string): FollowOnRow[] {
  return stmt(store, 'SELECT follow_on_ref, origin_ref, origin_date FROM follow_on_jobs WHERE origin_ref = ? ORDER BY origin_date').all(
    originRef,
  ) as FollowOnRow[];
}

/** Where a job sits in the live diary (day only), or undefined. */
export function diaryDayOf(store: Store, ref: string): { operative_id: string; date: string } | undefined {
  return stmt(store, 'SELECT operative_id, date FROM diary_entries WHERE job_ref = ?').get(ref) as
    { operative_id: string; date: string } | undefined;
}

/** Where each of these jobs sits in the live diary (day only), for those that do. */
export function diaryDaysOf(store: Store, refs: readonly string[]): Map<string, { operative_id: string; date: string }> {
  const out = new Map<string, { operative_id: string; date: string }>();
  for (let i = 0; i < refs.length; i += CHUNK) {
    const part = refs.slice(i, i + CHUNK);
    const rows = stmt(
      store,
      `SELECT job_ref, operative_id, date FROM diary_entries WHERE job_ref IN (${part.map(() => '?').join(',')})`,
    ).all(...part) as { job_ref: string; operative_id: string; date: string }[];
    for (const r of rows) out.set(r.job_ref, { operative_id: r.operative_id, date: r.date });
  }
  return out;
}

export function jobStatus(store: Store, ref: string): string | undefined {
  return (stmt(store, 'SELECT status FROM jobs WHERE ref = ?').get(ref) as { status: string } | undefined)?.status;
}

/** A visit as plan versus actual reads it (no notes or provenance). */
export type VisitFact = VisitRecord & { version: number; operative_id: string };

/** Current visits dated in the range, with just what plan versus actual compares. */
export function visitFactsBetween(store: Store, from: string, to: string): VisitFact[] {
  return stmt(
    store,
    `SELECT id, ref, version, operative_id, date, arrived, left_at AS "left", outcome, reason FROM actuals
     WHERE superseded_by IS NULL AND date BETWEEN ? AND ? ORDER BY date, operative_id, arrived, id`,
  ).all(from, to) as VisitFact[];
}

/** The other current visits (any date) of the jobs visited in the range: usually few. */
export function otherVisitsOfJobsBetween(store: Store, from: string, to: string): Map<string, VisitRecord[]> {
  const rows = stmt(
    store,
    `SELECT h.id, h.ref, h.date, h.arrived, h.left_at AS "left", h.outcome, h.reason
     FROM actuals r JOIN actuals h ON h.ref = r.ref AND h.superseded_by IS NULL AND h.id <> r.id
     WHERE r.superseded_by IS NULL AND r.date BETWEEN ? AND ?`,
  ).all(from, to) as VisitRecord[];
  const out = new Map<string, VisitRecord[]>();
  const seen = new Set<number>();
  for (const v of rows) {
    if (seen.has(v.id)) continue;
    seen.add(v.id);
    const l = out.get(v.ref);
    if (l) l.push(v);
    else out.set(v.ref, [v]);
  }
  return out;
}
