// Reading address flags: the list (with counts and last outcome) and one address's flag with its
// history — what job cards, the tray, the Addresses list and the New repair flow show.
import { addressKey } from '../../../shared/actuals';
import { flagVisits, listFlags, openFlagFor, type AddressFlagRow, type FlagVisit } from '../store/actuals/flag-rows';
import type { Store } from '../store/store';

export interface AddressFlagView {
  id: number;
  address: string;
  address_key: string;
  state: 'open' | 'closed';
  owner: AddressFlagRow['owner'];
  raised_on: string;
  escalated_at: string | null;
  closed_at: string | null;
  closed_by: string | null;
  close_note: string | null;
  /** Failed visits it covers. */
  count: number;
  last_outcome: string | null;
  last_date: string | null;
  history: FlagVisit[];
}

function view(store: Store, f: AddressFlagRow): AddressFlagView {
  const history = flagVisits(store, f.id);
  const last = history[history.length - 1];
  return {
    id: f.id,
    address: f.address,
    address_key: f.address_key,
    state: f.closed_at ? 'closed' : 'open',
    owner: f.owner,
    raised_on: f.raised_on,
    escalated_at: f.escalated_at,
    closed_at: f.closed_at,
    closed_by: f.closed_by,
    close_note: f.close_note,
    count: history.length,
    last_outcome: last?.outcome ?? null,
    last_date: last?.date ?? null,
    history,
  };
}

export function addressFlags(store: Store, includeClosed: boolean): AddressFlagView[] {
  return listFlags(store, includeClosed).map((f) => view(store, f));
}

/** The open flag at an address (as typed in a New repair dialog), or null. */
export function flagAtAddress(store: Store, address: string): AddressFlagView | null {
  const f = openFlagFor(store, addressKey(address));
  return f ? view(store, f) : null;
}
