// What the actuals, addresses and durations calls ask of the actuals services, with the checks the
// calls add: what happened is recorded once, on the live plan (a what-if scenario only reads it),
// on an operative that exists, over a report range the reports allow.
import { formatReportCsv } from '../../../shared/actuals';
import { ApiError } from '../../../shared/api/errors';
import type { Store } from '../store/store';
import { closeAddressFlag, escalateAddressFlag } from './address-flags';
import { addressFlags, type AddressFlagView } from './address-list';
import { recordCloseOut, type CloseOutEntry } from './close-out';
import { applyDurations } from './durations';
import { importActualsCsv } from './import-csv';
import type { RecordResult } from './record';
import { checkReportRange, compareRange } from './report';

function liveOnly(scenario: string | null): void {
  if (scenario)
    throw new ApiError('VALIDATION', `Actuals are recorded on the live plan, not in scenario "${scenario}": switch to the live plan first`);
}

export function importActuals(store: Store, scenario: string | null, csv: string, file: string | undefined): RecordResult {
  liveOnly(scenario);
  return importActualsCsv(store, csv, file ?? 'actuals.csv');
}

export function recordCloseOutDay(
  store: Store,
  scenario: string | null,
  operativeId: string,
  date: string,
  version: number,
  visits: readonly CloseOutEntry[],
): RecordResult {
  liveOnly(scenario);
  if (!store.read.operative(operativeId)) throw new ApiError('NOT_FOUND', `No operative with id ${operativeId}`);
  return recordCloseOut(store, operativeId, date, version, visits);
}

/** Plan versus actual over the range as report CSV. */
export function reportCsv(store: Store, from: string, to: string): { csv: string; rows: number } {
  const visits = compareRange(store, from, to);
  return { csv: formatReportCsv(visits), rows: visits.length };
}

/** Applies the learned durations over the range (all, or only the trades and types chosen). */
export function applyDurationsOver(
  store: Store,
  from: string,
  to: string,
  only: readonly { trade: string; job_type: string }[] | undefined,
) {
  checkReportRange(from, to);
  if (only && only.length === 0) throw new ApiError('VALIDATION', 'choose at least one trade and type');
  return applyDurations(store, from, to, only);
}

/** Closes an address flag (a note required) and returns it as the list shows it. */
export function closeAddressFlagView(store: Store, id: number, note: string, who: string): AddressFlagView {
  const f = closeAddressFlag(store, id, note, who);
  return addressFlags(store, true).find((v) => v.id === f.id)!;
}

/** Escalates an open address flag one level and returns it as the list shows it. */
export function escalateAddressFlagView(store: Store, id: number): AddressFlagView {
  escalateAddressFlag(store, id);
  return addressFlags(store, false).find((v) => v.id === id)!;
}
