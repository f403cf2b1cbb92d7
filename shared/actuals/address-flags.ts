// Repeated-failure addresses: N failed visits (NO_ACCESS or ABORTIVE) at one address within D
// days raise a flag. Addresses are compared by a normalised key (case, punctuation and spacing
// ignored), so "12 Chapeltown Road, Leeds LS7 3AP" and "12 chapeltown road leeds  LS7 3AP" match.
import { daysBetween } from '../calendar/dates';

export function addressKey(address: string): string {
  return address
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface FailureAt {
  /** The visit (actual row) id. */
  id: number;
  date: string;
}

/**
 * Whether these failures (not yet covered by any flag) hold N within D days: some N of them,
 * in date order, from first to last less than D days apart. Returns the covered ids when they do.
 */
export function failuresRaiseFlag(failures: readonly FailureAt[], n: number, days: number): number[] | null {
  const sorted = [...failures].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  for (let i = 0; i + n - 1 < sorted.length; i++) {
    if (daysBetween(sorted[i]!.date, sorted[i + n - 1]!.date) < days) return sorted.map((f) => f.id);
  }
  return null;
}

export const FLAG_OWNERS = ['supervisor', 'manager'] as const;
export type FlagOwner = (typeof FLAG_OWNERS)[number];

/** Who owns an open flag next: the supervisor first, then the manager. */
export function nextOwner(owner: FlagOwner): FlagOwner | null {
  return owner === 'supervisor' ? 'manager' : null;
}
