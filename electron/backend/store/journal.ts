// The journal tables that stay outside undo on purpose: the override log (a hard rule broken
// with a reason, for change control) and each job's event history (for the details panel).
import type { PlacementOverride } from '../../../shared/pack';
import type { Store } from './store';

/** One override_log row. */
export type OverrideRecord = PlacementOverride & { id: number };

export interface JobEvent {
  id: number;
  at: string;
  kind: string;
  detail: unknown;
  /** Who made the change (app and CLI edits); null for events recorded without one. */
  who: string | null;
}

/** Appends one override; returns its id. */
export function insertOverride(store: Store, o: Omit<OverrideRecord, 'id' | 'at'>): number {
  const info = store.db
    .prepare('INSERT INTO override_log (at, who, job_ref, operative_id, date, rule_id, violation, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(store.now(), o.who, o.job_ref, o.operative_id, o.date, o.rule_id, o.violation, o.reason);
  return Number(info.lastInsertRowid);
}

export function listOverrides(store: Store): OverrideRecord[] {
  return store.db
    .prepare('SELECT id, at, who, job_ref, operative_id, date, rule_id, violation, reason FROM override_log ORDER BY id')
    .all() as OverrideRecord[];
}

/** Overrides dated from..to inclusive, oldest first. */
export function overridesBetween(store: Store, from: string, to: string): Omit<OverrideRecord, 'id'>[] {
  return store.db
    .prepare(
      'SELECT at, who, job_ref, operative_id, date, rule_id, violation, reason FROM override_log WHERE date BETWEEN ? AND ? ORDER BY id',
    )
    .all(from, to) as Omit<OverrideRecord, 'id'>[];
}

/** Which (job, operative, date, rule) placements were forced through with a recorded reason. */
export function overriddenPlacements(store: Store): (ref: string, operativeId: string, date: string, ruleId: string) => boolean {
  const rows = store.db.prepare('SELECT job_ref, operative_id, date, rule_id FROM override_log').all() as Pick<
    OverrideRecord,
    'job_ref' | 'operative_id' | 'date' | 'rule_id'
  >[];
  const keys = new Set(rows.map((r) => `${r.job_ref}|${r.operative_id}|${r.date}|${r.rule_id}`));
  return (ref, op, date, rule) => keys.has(`${ref}|${op}|${date}|${rule}`);
}

/** A job's events, oldest first, with their details parsed. */
export function jobEvents(store: Store, ref: string): JobEvent[] {
  const rows = store.db.prepare('SELECT id, at, kind, detail, who FROM job_events WHERE job_ref = ? ORDER BY id').all(ref) as {
    id: number;
    at: string;
    kind: string;
    detail: string;
    who: string | null;
  }[];
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as unknown }));
}
