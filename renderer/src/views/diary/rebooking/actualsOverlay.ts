// What actuals add to the diary: the rebooking queue (by job) and the open repeated-failure
// address flags (by normalised address). Pure helpers; the hook and context live beside.
import type { ApiOutput } from '../../../../../shared/api/contract';
import type { JobView } from '../../../../../shared/api/views';
import { addressKey } from '../../../../../shared/actuals';

export type RebookingItem = ApiOutput<'rebooking/list'>[number];
export type AddressFlag = ApiOutput<'addresses/list-flags'>[number];

export interface ActualsOverlay {
  /** Open rebooking items in queue order (by deadline). */
  items: readonly RebookingItem[];
  byRef: ReadonlyMap<string, RebookingItem>;
  /** Open address flags by normalised address. */
  flags: ReadonlyMap<string, AddressFlag>;
}

export const EMPTY_OVERLAY: ActualsOverlay = { items: [], byRef: new Map(), flags: new Map() };

export function buildOverlay(items: readonly RebookingItem[], flags: readonly AddressFlag[]): ActualsOverlay {
  return {
    items,
    byRef: new Map(items.map((i) => [i.ref, i])),
    flags: new Map(flags.filter((f) => f.state === 'open').map((f) => [f.address_key, f])),
  };
}

export function flagFor(overlay: ActualsOverlay, job: Pick<JobView, 'address'>): AddressFlag | undefined {
  return overlay.flags.size === 0 ? undefined : overlay.flags.get(addressKey(job.address));
}

/**
 * The unscheduled jobs split in two: those waiting in the rebooking queue (in queue order) and
 * the rest for the Unscheduled tray. Each job is in exactly one, so no card is drawn twice.
 */
export function splitUnscheduled(
  unscheduled: readonly JobView[],
  overlay: ActualsOverlay,
): { rebook: JobView[]; tray: readonly JobView[] } {
  if (overlay.byRef.size === 0) return { rebook: [], tray: unscheduled };
  const byRef = new Map(unscheduled.map((j) => [j.ref, j]));
  const rebook = overlay.items.map((i) => byRef.get(i.ref)).filter((j): j is JobView => j !== undefined);
  const taken = new Set(rebook.map((j) => j.ref));
  return { rebook, tray: unscheduled.filter((j) => !taken.has(j.ref)) };
}

/** 'Rebook · 2 attempts', 'Rebook · follow-on'. */
export function rebookText(item: RebookingItem): string {
  if (item.outcome === 'FURTHER_WORK' && item.attempts === 0) return `Rebook · follow-on of ${item.follow_on_of ?? 'a visit'}`;
  return `Rebook · ${item.attempts} attempt${item.attempts === 1 ? '' : 's'}`;
}

/** What an address flag says on a card's tooltip and to a screen reader. */
export function flagText(flag: AddressFlag): string {
  return `Address flagged: ${flag.count} failed visit${flag.count === 1 ? '' : 's'} (last ${flag.last_outcome ?? '—'} on ${flag.last_date ?? '—'}), with the ${flag.owner}`;
}
