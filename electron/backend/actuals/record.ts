// Recording actuals (an actuals.csv import or an end-of-day close-out): all or nothing.
// Rows are checked against the workspace first; any problem is reported per row and nothing is
// written. Otherwise, as one undoable step: new visits are added, a row that differs from the
// current one for its visit (job and day) supersedes it (both stay), identical rows change
// nothing — then jobs, follow-ons and address flags follow from the visits now current.
import { sortErrors, type CsvError } from '../../../shared/csv/errors';
import {
  FAILED_OUTCOMES,
  addressKey,
  sameVisit,
  validateActuals,
  visitKey,
  type ActualInput,
  type StoredActual,
} from '../../../shared/actuals';
import { currentUser } from '../identity';
import { actualToRow, currentActualsBetween, nextIdIn, visitRecordsOf } from '../store/actuals/actual-rows';
import { jobEventWriter } from '../store/events';
import type { Store } from '../store/store';
import { jobsAtAddresses, updateAddressFlags } from './address-flags';
import { importContext } from './context';
import { reconcileFollowOn } from './follow-on';
import { actualsPolicyOf } from './policy';
import { settleJobs } from './settle';

export interface RecordCounts {
  rows: number;
  added: number;
  corrected: number;
  unchanged: number;
  /** Jobs taken off the day they failed on, now waiting in the rebooking queue. */
  rebookings: number;
  follow_ons: string[];
  flags_raised: string[];
}

export type RecordResult = { ok: true; counts: RecordCounts } | { ok: false; errors: CsvError[] };

export interface ParsedRows {
  rows: ActualInput[];
  lines: number[];
  errors: CsvError[];
}

export function recordActuals(store: Store, parsed: ParsedRows, file: string, label: string): RecordResult {
  const policy = actualsPolicyOf(store);
  const ctx = importContext(store, policy);
  const checked = validateActuals(parsed, file, ctx);
  const errors = sortErrors([...parsed.errors, ...checked.errors]);
  if (errors.length > 0) return { ok: false, errors };

  const rows = checked.rows;
  let from = '';
  let to = '';
  for (const r of rows) {
    if (from === '' || r.date < from) from = r.date;
    if (r.date > to) to = r.date;
  }
  const current = new Map<string, StoredActual>();
  if (rows.length > 0) for (const a of currentActualsBetween(store, from, to)) current.set(visitKey(a), a);
  // Each row that says something new, with the current row it corrects (if any).
  const changed: { row: (typeof rows)[number]; cur: StoredActual | undefined }[] = [];
  for (const row of rows) {
    const cur = current.get(visitKey(row));
    if (!cur || !sameVisit(cur, row)) changed.push({ row, cur });
  }
  const corrections = changed.filter((c) => c.cur).length;
  const counts: RecordCounts = {
    rows: rows.length,
    added: changed.length - corrections,
    corrected: corrections,
    unchanged: rows.length - changed.length,
    rebookings: 0,
    follow_ons: [],
    flags_raised: [],
  };
  if (changed.length === 0) return { ok: true, counts };

  const who = currentUser(store);
  const event = jobEventWriter(store);
  store.history.mutate(label, (rec) => {
    const now = store.now();
    const firstId = nextIdIn(store, 'actuals');
    let id = firstId;
    const written: StoredActual[] = [];
    const corrected = new Set<number>();
    for (const { row: r, cur } of changed) {
      const row: StoredActual = { ...r, id: id++, source: file, recorded_at: now, recorded_by: who, superseded_by: null };
      if (cur) {
        rec.put('actuals', { id: cur.id, superseded_by: row.id }); // before the inserts: one current row per visit
        corrected.add(row.id);
      }
      written.push(row);
      // Evidence of attempts on the job (outside undo, like every job event); completed visits
      // need none beyond the visit record itself.
      if (r.outcome !== 'COMPLETED' || cur) event(r.ref, now, `visit_${r.outcome.toLowerCase()}`, eventDetail(r, cur !== undefined));
    }
    rec.insertMany('actuals', written.map(actualToRow));
    const refs = new Set(written.map((w) => w.ref));
    // Each job's current visits: the older ones from the store, plus the rows just written.
    const histories = visitRecordsOf(store, refs, firstId);
    for (const w of written) {
      const l = histories.get(w.ref);
      if (l) l.push(w);
      else histories.set(w.ref, [w]);
    }
    const hasVisits = (ref: string) => (histories.get(ref) ?? visitRecordsOf(store, [ref]).get(ref) ?? []).length > 0;
    for (const w of written) {
      // Only a further-work visit, or a correction of one, can have a follow-on to create, update or cancel.
      if (w.outcome !== 'FURTHER_WORK' && !corrected.has(w.id)) continue;
      const f = reconcileFollowOn(store, rec, w, hasVisits, policy);
      if (f?.kind === 'created') {
        counts.follow_ons.push(f.ref);
        event(f.ref, now, 'follow_on_created', { origin: f.origin, date: w.date, reason: w.reason });
      }
    }
    const settled = settleJobs(store, rec, histories, new Set(written.map((w) => w.id)));
    counts.rebookings = settled.unplaced.length;

    // Only a failed visit can raise or extend an address flag.
    const failedAt = written.filter((w) => FAILED_OUTCOMES.includes(w.outcome)).map((w) => addressKey(ctx.addresses.get(w.ref) ?? ''));
    if (failedAt.length > 0) {
      const byAddress = jobsAtAddresses(ctx.addresses, new Set(failedAt));
      const flags = updateAddressFlags(store, rec, failedAt, byAddress, policy);
      counts.flags_raised = flags.filter((f) => f.kind === 'raised').map((f) => f.address);
    }
  });
  return { ok: true, counts };
}

function eventDetail(r: ActualInput & { version_in_force: number }, corrected: boolean) {
  return {
    operative_id: r.operative_id,
    date: r.date,
    start: r.arrived ?? undefined,
    outcome: r.outcome,
    ...(r.reason ? { reason: r.reason } : {}),
    version: r.version_in_force,
    ...(corrected ? { corrected: true } : {}),
  };
}
