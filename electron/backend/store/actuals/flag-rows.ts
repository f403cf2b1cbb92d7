// SQL for repeated-failure address flags: open flags by address, the visits each covers.
import type { FlagOwner } from '../../../../shared/actuals';
import type { Store } from '../store';
import { stmt } from './statements';

export interface AddressFlagRow {
  id: number;
  address_key: string;
  address: string;
  raised_on: string;
  raised_at: string;
  owner: FlagOwner;
  escalated_at: string | null;
  closed_at: string | null;
  closed_by: string | null;
  close_note: string | null;
}

export function openFlagFor(store: Store, key: string): AddressFlagRow | undefined {
  return stmt(store, 'SELECT * FROM address_flags WHERE address_key = ? AND closed_at IS NULL').get(key) as AddressFlagRow | undefined;
}

export function flagById(store: Store, id: number): AddressFlagRow | undefined {
  return stmt(store, 'SELECT * FROM address_flags WHERE id = ?').get(id) as AddressFlagRow | undefined;
}

export function listFlags(store: Store, includeClosed: boolean): AddressFlagRow[] {
  return stmt(
    store,
    `SELECT * FROM address_flags ${includeClosed ? '' : 'WHERE closed_at IS NULL'} ORDER BY closed_at IS NOT NULL, raised_on DESC, id DESC`,
  ).all() as AddressFlagRow[];
}

export interface FlagState {
  open: Map<string, AddressFlagRow>;
  /** Actual ids already covered by some flag (open or closed), by address key. */
  covered: Map<string, Set<number>>;
}

/** Every flag's state at once (flags are few; an import may touch thousands of addresses). */
export function flagState(store: Store): FlagState {
  const open = new Map<string, AddressFlagRow>();
  for (const f of stmt(store, 'SELECT * FROM address_flags WHERE closed_at IS NULL').all() as AddressFlagRow[]) open.set(f.address_key, f);
  const covered = new Map<string, Set<number>>();
  const rows = stmt(
    store,
    'SELECT f.address_key AS k, v.actual_id AS id FROM address_flag_visits v JOIN address_flags f ON f.id = v.flag_id',
  ).all() as {
    k: string;
    id: number;
  }[];
  for (const r of rows) {
    const s = covered.get(r.k);
    if (s) s.add(r.id);
    else covered.set(r.k, new Set([r.id]));
  }
  return { open, covered };
}

export interface FlagVisit {
  actual_id: number;
  ref: string;
  date: string;
  outcome: string;
  reason: string | null;
  operative_id: string;
  superseded: boolean;
}

/** The failed visits a flag covers, oldest first: its history. */
export function flagVisits(store: Store, flagId: number): FlagVisit[] {
  return (
    stmt(
      store,
      `SELECT a.id AS actual_id, a.ref, a.date, a.outcome, a.reason, a.operative_id, a.superseded_by IS NOT NULL AS superseded
       FROM address_flag_visits v JOIN actuals a ON a.id = v.actual_id WHERE v.flag_id = ? ORDER BY a.date, a.id`,
    ).all(flagId) as (Omit<FlagVisit, 'superseded'> & { superseded: number })[]
  ).map((r) => ({ ...r, superseded: r.superseded === 1 }));
}

const CHUNK = 500;

/** Current visits with one of these outcomes at any of these jobs, by ref. */
export function visitsWithOutcome(
  store: Store,
  refs: readonly string[],
  outcomes: readonly string[],
): Map<string, { id: number; date: string }[]> {
  const out = new Map<string, { id: number; date: string }[]>();
  for (let i = 0; i < refs.length; i += CHUNK) {
    const part = refs.slice(i, i + CHUNK);
    const rows = stmt(
      store,
      `SELECT id, date, ref FROM actuals WHERE superseded_by IS NULL AND outcome IN (${outcomes.map(() => '?').join(',')}) AND ref IN (${part.map(() => '?').join(',')})`,
    ).all(...outcomes, ...part) as { id: number; date: string; ref: string }[];
    for (const r of rows) {
      const l = out.get(r.ref);
      if (l) l.push({ id: r.id, date: r.date });
      else out.set(r.ref, [{ id: r.id, date: r.date }]);
    }
  }
  return out;
}
