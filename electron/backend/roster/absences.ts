// Absences edited in the roster view: add, change and remove, each one undoable step that
// reports the placed jobs it knocks out (see dropouts.ts).
import { ApiError } from '../../../shared/api/errors';
import { formatDateRange } from '../../../shared/rules/format';
import type { Absence } from '../../../shared/domain/types';
import type { Dropout } from '../../../shared/roster';
import { absenceToRow, rowToAbsence } from '../store/rows';
import type { Store } from '../store/store';
import { requireOperative } from './day-edit';
import { mutateRoster } from './dropouts';
import { logOperativeChange } from '../editing/events';
import { currentUser } from '../identity';

export type AbsenceInput = Omit<Absence, 'id'>;

const KIND_WORDS: Record<Absence['kind'], string> = { leave: 'leave', sickness: 'sickness', training: 'training', other: 'absence' };

function findAbsence(store: Store, id: number): Absence {
  const row = store.db.prepare('SELECT * FROM absences WHERE id = ?').get(id);
  if (!row) throw new ApiError('NOT_FOUND', `No absence with id ${id}`);
  return rowToAbsence(row as Record<string, unknown>);
}

function check(store: Store, a: AbsenceInput, selfId: number | null): void {
  requireOperative(store, a.operative_id);
  if (a.from > a.to) throw new ApiError('VALIDATION', `from ${a.from} is after to ${a.to}`);
  const same = store.db
    .prepare('SELECT id FROM absences WHERE operative_id = ? AND from_date = ? AND to_date = ?')
    .get(a.operative_id, a.from, a.to) as { id: number } | undefined;
  if (same && same.id !== selfId)
    throw new ApiError('CONFLICT', `${a.operative_id} already has an absence from ${a.from} to ${a.to}; edit that one instead`);
}

const span = (a: Pick<Absence, 'from' | 'to'>) => formatDateRange(a.from, a.to);

export function addAbsence(store: Store, a: AbsenceInput): { absence: Absence; dropouts: Dropout[] } {
  check(store, a, null);
  const name = requireOperative(store, a.operative_id).name;
  const { value: id, dropouts } = mutateRoster(
    store,
    `Add ${KIND_WORDS[a.kind]} for ${name}, ${span(a)}`,
    { operatives: new Set([a.operative_id]), from: a.from, to: a.to },
    (rec) => {
      const id = rec.insertWithId('absences', absenceToRow(a));
      logOperativeChange(store, a.operative_id, 'absence-added', { id, ...a }, currentUser(store));
      return id;
    },
  );
  return { absence: { ...a, id }, dropouts };
}

export function updateAbsence(store: Store, id: number, a: AbsenceInput): { absence: Absence; dropouts: Dropout[] } {
  const before = findAbsence(store, id);
  check(store, a, id);
  const name = requireOperative(store, a.operative_id).name;
  const affected = {
    operatives: new Set([before.operative_id, a.operative_id]),
    from: before.from < a.from ? before.from : a.from,
    to: before.to > a.to ? before.to : a.to,
  };
  const { dropouts } = mutateRoster(store, `Change ${KIND_WORDS[a.kind]} for ${name}, ${span(a)}`, affected, (rec) => {
    rec.put('absences', absenceToRow({ ...a, id }));
    logOperativeChange(store, a.operative_id, 'absence-changed', { id, before, after: a }, currentUser(store));
  });
  return { absence: { ...a, id }, dropouts };
}

export function deleteAbsence(store: Store, id: number): { id: number } {
  const a = findAbsence(store, id);
  const name = requireOperative(store, a.operative_id).name;
  store.history.mutate(`Remove ${KIND_WORDS[a.kind]} for ${name}, ${span(a)}`, (rec) => {
    rec.delete('absences', { id });
    logOperativeChange(store, a.operative_id, 'absence-removed', { ...a }, currentUser(store));
  });
  return { id };
}
