// Repeated-failure address flags: after visits are written, each address they touch is checked.
// Failed visits not yet covered by a flag that hold N within D days raise one (owner: the
// supervisor); further failures while it is open join it and escalate it to the manager.
// A flag closes only with a note. All writes are part of the caller's undoable step.
import { ApiError } from '../../../shared/api/errors';
import { FAILED_OUTCOMES, addressKey, failuresRaiseFlag, nextOwner, type ActualsPolicy } from '../../../shared/actuals';
import type { ChangeRecorder } from '../store/change-recorder';
import { nextIdIn } from '../store/actuals/actual-rows';
import { flagById, flagState, visitsWithOutcome, type AddressFlagRow } from '../store/actuals/flag-rows';
import type { Store } from '../store/store';

export interface FlagChange {
  id: number;
  address: string;
  kind: 'raised' | 'extended' | 'escalated';
}

/**
 * The jobs at these normalised addresses, grouped by address key (`address`: the first job's
 * address as written). Jobs are grouped by the address as written first, so each distinct
 * address is normalised once, and only the keys asked for are kept: an import looks up a few
 * thousand failed addresses among 50,000 jobs.
 */
export function jobsAtAddresses(
  addresses: ReadonlyMap<string, string>,
  keys: ReadonlySet<string>,
): Map<string, { address: string; refs: string[] }> {
  const byWritten = new Map<string, string[]>();
  for (const [ref, address] of addresses) {
    const refs = byWritten.get(address);
    if (refs) refs.push(ref);
    else byWritten.set(address, [ref]);
  }
  const out = new Map<string, { address: string; refs: string[] }>();
  for (const [address, refs] of byWritten) {
    const key = addressKey(address);
    if (!key || !keys.has(key)) continue;
    const g = out.get(key);
    if (g) g.refs.push(...refs);
    else out.set(key, { address, refs });
  }
  return out;
}

export function updateAddressFlags(
  store: Store,
  rec: ChangeRecorder,
  keys: Iterable<string>,
  byAddress: ReadonlyMap<string, { address: string; refs: string[] }>,
  policy: ActualsPolicy,
): FlagChange[] {
  const wanted = [...new Set(keys)].filter((k) => byAddress.has(k));
  if (wanted.length === 0) return [];
  const changes: FlagChange[] = [];
  const now = store.now();
  const state = flagState(store);
  const failed = visitsWithOutcome(
    store,
    wanted.flatMap((k) => byAddress.get(k)!.refs),
    FAILED_OUTCOMES,
  );
  let nextId = nextIdIn(store, 'address_flags');
  for (const key of wanted) {
    const at = byAddress.get(key)!;
    const covered = state.covered.get(key) ?? new Set<number>();
    const uncovered = at.refs
      .flatMap((r) => failed.get(r) ?? [])
      .filter((f) => !covered.has(f.id))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
    if (uncovered.length === 0) continue;
    const open = state.open.get(key);
    if (open) {
      for (const f of uncovered) rec.put('address_flag_visits', { flag_id: open.id, actual_id: f.id, added_at: now });
      const next = nextOwner(open.owner);
      if (next) {
        rec.put('address_flags', { id: open.id, owner: next, escalated_at: now });
        changes.push({ id: open.id, address: open.address, kind: 'escalated' });
      } else changes.push({ id: open.id, address: open.address, kind: 'extended' });
      continue;
    }
    const ids = failuresRaiseFlag(uncovered, policy.address_flags.failures, policy.address_flags.days);
    if (!ids) continue;
    const id = nextId++;
    rec.put('address_flags', {
      id,
      address_key: key,
      address: at.address,
      raised_on: uncovered[uncovered.length - 1]!.date,
      raised_at: now,
      owner: 'supervisor',
      escalated_at: null,
      closed_at: null,
      closed_by: null,
      close_note: null,
    });
    for (const actualId of ids) rec.put('address_flag_visits', { flag_id: id, actual_id: actualId, added_at: now });
    changes.push({ id, address: at.address, kind: 'raised' });
  }
  return changes;
}

const MIN_NOTE = 3;

/** Closes an open flag; the note is required. One undoable step. */
export function closeAddressFlag(store: Store, id: number, note: string, who: string): AddressFlagRow {
  const flag = mustBeOpen(store, id);
  const text = note.trim();
  if (text.length < MIN_NOTE)
    throw new ApiError('VALIDATION', `A flag closes only with a note: say what was done (at least ${MIN_NOTE} characters)`);
  store.history.mutate(`Close the address flag at ${flag.address}`, (rec) =>
    rec.put('address_flags', { id, closed_at: store.now(), closed_by: who, close_note: text }),
  );
  return flagById(store, id)!;
}

/** Hands an open flag to the next owner (supervisor → manager). One undoable step. */
export function escalateAddressFlag(store: Store, id: number): AddressFlagRow {
  const flag = mustBeOpen(store, id);
  const next = nextOwner(flag.owner);
  if (!next)
    throw new ApiError('CONFLICT', `The flag at ${flag.address} is already with the ${flag.owner}: there is no one further to escalate to`);
  store.history.mutate(`Escalate the address flag at ${flag.address} to the ${next}`, (rec) =>
    rec.put('address_flags', { id, owner: next, escalated_at: store.now() }),
  );
  return flagById(store, id)!;
}

function mustBeOpen(store: Store, id: number): AddressFlagRow {
  const flag = flagById(store, id);
  if (!flag) throw new ApiError('NOT_FOUND', `No address flag ${id}`);
  if (flag.closed_at) throw new ApiError('CONFLICT', `The flag at ${flag.address} was already closed on ${flag.closed_at.slice(0, 10)}`);
  return flag;
}
