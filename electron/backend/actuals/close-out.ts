// End-of-day close-out per operative-day: the visits the version in force planned for them,
// each with what was recorded so far; saving records the ticked outcomes like an import
// (errors name the visit by its line: the n-th entry saved).
import { ApiError } from '../../../shared/api/errors';
import { buildActual, versionInForce, type ActualInput, type StoredActual } from '../../../shared/actuals';
import type { CsvError } from '../../../shared/csv/errors';
import { currentActualsBetween } from '../store/actuals/actual-rows';
import { plannedDay, publishedFacts, versionSpans } from '../store/actuals/version-rows';
import type { Store } from '../store/store';
import { recordActuals, type RecordResult } from './record';

export interface CloseOutVisit {
  ref: string;
  sequence: number;
  planned_start: string;
  planned_end: string;
  window: string;
  address: string;
  trade: string;
  priority: string;
  /** What is recorded for this visit so far, if anything. */
  recorded: Pick<
    StoredActual,
    'operative_id' | 'arrived' | 'left' | 'outcome' | 'reason' | 'follow_on_trade' | 'follow_on_minutes' | 'notes'
  > | null;
}

export interface CloseOutDay {
  operative_id: string;
  date: string;
  version: number | null;
  message: string | null;
  visits: CloseOutVisit[];
}

export function closeOutDay(store: Store, operativeId: string, date: string): CloseOutDay {
  if (!store.read.operative(operativeId)) throw new ApiError('NOT_FOUND', `No operative with id ${operativeId}`);
  const choice = versionInForce(versionSpans(store), date, null);
  if (!choice.ok) return { operative_id: operativeId, date, version: null, message: choice.message, visits: [] };
  const facts = publishedFacts(store, choice.version);
  const recorded = new Map(currentActualsBetween(store, date, date).map((a) => [a.ref, a]));
  const visits = plannedDay(store, choice.version, operativeId, date).map((p) => {
    const job = facts.jobs.get(p.ref);
    const r = recorded.get(p.ref);
    return {
      ref: p.ref,
      sequence: p.sequence,
      planned_start: p.start.slice(11, 16),
      planned_end: p.end.slice(11, 16),
      window: job?.window ?? 'ALL',
      address: job?.address ?? '',
      trade: job?.trade ?? '',
      priority: job?.priority ?? '',
      recorded: r
        ? {
            operative_id: r.operative_id,
            arrived: r.arrived,
            left: r.left,
            outcome: r.outcome,
            reason: r.reason,
            follow_on_trade: r.follow_on_trade,
            follow_on_minutes: r.follow_on_minutes,
            notes: r.notes,
          }
        : null,
    };
  });
  return {
    operative_id: operativeId,
    date,
    version: choice.version,
    message: visits.length === 0 ? `Version ${choice.version} plans no visits for ${operativeId} on ${date}` : null,
    visits,
  };
}

export interface CloseOutEntry {
  ref: string;
  arrived: string;
  left: string;
  outcome: string;
  reason: string;
  follow_on_trade: string;
  follow_on_minutes: string;
  notes: string;
}

/** Records the ticked visits of one operative-day (each checked exactly as an actuals.csv row). */
export function recordCloseOut(
  store: Store,
  operativeId: string,
  date: string,
  version: number,
  entries: readonly CloseOutEntry[],
): RecordResult {
  const file = `close-out ${operativeId} ${date}`;
  const errors: CsvError[] = [];
  const rows: ActualInput[] = [];
  const lines: number[] = [];
  entries.forEach((e, i) => {
    const cells: Record<string, string> = { ...e, version: String(version), operative_id: operativeId, date };
    const line = i + 1;
    const built = buildActual({
      get: (c) => (cells[c] ?? '').trim(),
      fail: (field, message) => {
        errors.push({ file, line, field, message });
        return undefined;
      },
    });
    if (built) {
      rows.push(built);
      lines.push(line);
    }
  });
  return recordActuals(store, { rows, lines, errors }, file, `Close out ${operativeId} ${date}`);
}
