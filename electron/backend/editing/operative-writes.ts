// Operatives added, edited and retired from the app and the CLI: operatives.csv cells through the
// import's own parser (same checks, same messages), each change one undoable step with who and
// when in the operative's history. An edit or retirement reports the placements it newly blocks;
// an edit that would take away a trade that pinned placements rely on is refused.
import { ApiError } from '../../../shared/api/errors';
import { operativeToRecord, parseOperativeRecord, type OperativeColumn } from '../../../shared/csv';
import { formatShortDay } from '../../../shared/calendar/dates';
import type { Operative } from '../../../shared/domain/types';
import { operativeToRow } from '../store/rows';
import type { Store } from '../store/store';
import { mutateReportingBlocked, type BlockedPlacement } from './blocked';
import { todayOf } from './clock';
import { logOperativeChange } from './events';
import { fieldFailure, toFieldErrors, type FieldError } from './field-errors';
import { nextCode } from './job-draft';
import { locationProblems, serviceAreaOf } from './service-area';

export type OperativeFields = Partial<Record<OperativeColumn, string>>;

const SOURCE = 'operative';

function requireOperative(store: Store, id: string): Operative {
  const op = store.read.operative(id);
  if (!op) throw new ApiError('NOT_FOUND', `No operative with id ${id}; nothing was changed`);
  return op;
}

interface OperativeDraft {
  record: Record<OperativeColumn, string>;
  operative: Operative | null;
  errors: FieldError[];
  changed: OperativeColumn[];
}

function readOperativeDraft(store: Store, fields: OperativeFields, base: Operative | null): OperativeDraft {
  const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as OperativeFields;
  const before = base ? operativeToRecord(base) : null;
  const record = { ...(before ?? {}), ...given } as Record<OperativeColumn, string>;
  const errors: FieldError[] = [];
  if (base && given.id !== undefined && given.id.trim() !== base.id) {
    errors.push({ field: 'id', message: `id cannot be changed (this operative is ${base.id})` });
    record.id = base.id;
  }
  if (!base && !record.id?.trim()) record.id = nextCode(store.db.prepare('SELECT id FROM operatives').pluck().all() as string[], 'OP-001');
  const parsed = parseOperativeRecord(record, SOURCE);
  errors.push(...toFieldErrors(parsed.errors));
  const bad = (c: OperativeColumn) => errors.some((e) => e.field === c);
  const changed = (Object.keys(record) as OperativeColumn[]).filter((c) => !before || before[c] !== (record[c] ?? '').trim());
  if (!base && !bad('id') && store.read.operative(record.id.trim())) {
    errors.push({ field: 'id', message: `id ${record.id.trim()} is already used by another operative; give another id or leave it empty` });
  }
  if ((changed.includes('start_lat') || changed.includes('start_lon')) && !bad('start_lat') && !bad('start_lon')) {
    const area = serviceAreaOf(store);
    errors.push(...locationProblems(area, Number(record.start_lat), Number(record.start_lon), { lat: 'start_lat', lon: 'start_lon' }));
  }
  const operative = errors.length === 0 && parsed.value ? parsed.value : null;
  // What really changed, once read ("GAS:3; PLUMB:2" for "GAS:3;PLUMB:2" is no change).
  const canonical = operative ? operativeToRecord(operative) : null;
  const really = canonical && before ? changed.filter((c) => canonical[c] !== before[c]) : changed;
  return { record: canonical ?? record, operative, errors, changed: really };
}

export function createOperative(store: Store, fields: OperativeFields, who: string): { operative: Operative } {
  const draft = readOperativeDraft(store, fields, null);
  if (!draft.operative) throw fieldFailure(`New operative ${draft.record.id ?? ''}`.trim(), draft.errors);
  const op = draft.operative;
  store.history.mutate(`Add operative ${op.name} (${op.id})`, (rec) => {
    rec.put('operatives', operativeToRow(op));
    logOperativeChange(store, op.id, 'added', { fields: draft.record }, who);
  });
  return { operative: store.read.operative(op.id)! };
}

export function updateOperative(
  store: Store,
  id: string,
  fields: OperativeFields,
  who: string,
): { operative: Operative; changed: string[]; blocked: BlockedPlacement[] } {
  const base = requireOperative(store, id);
  const draft = readOperativeDraft(store, fields, base);
  if (draft.operative) draft.errors.push(...pinnedTradeProblems(store, base, draft.operative));
  if (!draft.operative || draft.errors.length > 0) throw fieldFailure(`${base.name} (${id}) not changed`, draft.errors);
  if (draft.changed.length === 0) return { operative: base, changed: [], blocked: [] };
  const was = operativeToRecord(base);
  const changes = Object.fromEntries(draft.changed.map((c) => [c, { from: was[c], to: draft.record[c].trim() }]));
  const op = draft.operative;
  const { blocked } = mutateReportingBlocked(
    store,
    `Edit ${op.name}: ${draft.changed.join(', ')}`,
    'people',
    who,
    { operatives: [id] },
    (rec) => {
      rec.put('operatives', operativeToRow(op)); // retired_from is not a CSV column: left as it is
      logOperativeChange(store, id, 'edited', { changes }, who);
    },
  );
  return { operative: store.read.operative(id)!, changed: draft.changed, blocked };
}

/** A pinned placement from today on needs its trade at its level: the edit may not take that away. */
function pinnedTradeProblems(store: Store, before: Operative, after: Operative): FieldError[] {
  const level = (o: Operative, trade: string) => o.trades.find((t) => t.trade === trade)?.proficiency ?? 0;
  const pinned = store.db
    .prepare(
      `SELECT d.job_ref AS ref, d.date AS date, j.trade AS trade, j.min_proficiency AS min FROM diary_entries d
       JOIN jobs j ON j.ref = d.job_ref WHERE d.operative_id = ? AND d.pinned = 1 AND d.date >= ? ORDER BY d.date, d.job_ref`,
    )
    .all(before.id, todayOf(store)) as { ref: string; date: string; trade: string; min: number }[];
  const byTrade = new Map<string, typeof pinned>();
  for (const p of pinned) {
    if (level(after, p.trade) >= p.min || level(before, p.trade) < p.min) continue;
    byTrade.set(p.trade, [...(byTrade.get(p.trade) ?? []), p]);
  }
  return [...byTrade].map(([trade, list]) => {
    const now = level(after, trade);
    const what = now === 0 ? `removing ${trade}` : `lowering ${trade} to ${now}`;
    const refs = list.map((p) => `${p.ref} (${formatShortDay(p.date)}, needs ${trade} ${p.min})`).join(', ');
    return {
      field: 'trades',
      message: `${what} would break pinned placement${list.length === 1 ? '' : 's'} ${refs}; unpin or move ${list.length === 1 ? 'it' : 'them'} first`,
    };
  });
}

export function retireOperative(
  store: Store,
  id: string,
  reason: string,
  from: string | undefined,
  who: string,
): { operative: Operative; blocked: BlockedPlacement[] } {
  const op = requireOperative(store, id);
  if (op.retired_from) throw new ApiError('CONFLICT', `${op.name} (${id}) already retired on ${op.retired_from}; nothing was changed`);
  const date = from ?? todayOf(store);
  const { blocked } = mutateReportingBlocked(
    store,
    `Retire ${op.name} from ${formatShortDay(date)}`,
    'people',
    who,
    { operatives: [id] },
    (rec) => {
      rec.put('operatives', { id, retired_from: date });
      logOperativeChange(store, id, 'retired', { from: date, reason }, who);
    },
  );
  return { operative: store.read.operative(id)!, blocked };
}
