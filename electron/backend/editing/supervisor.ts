// Supervisor records edited in the app: DO_NOT_SEND and REDUCED_DUTIES flags with owner, scope and
// review date (create, edit, end), and ending an absence early. Flags go through flags.csv's own
// parser; a flag that newly blocks placements reports them. Each change is one undoable step
// with who and when in the operative's history.
import { ApiError } from '../../../shared/api/errors';
import { addDays, formatLongDate } from '../../../shared/calendar/dates';
import { parseFlagRecord, splitScope } from '../../../shared/csv';
import type { Absence, Flag } from '../../../shared/domain/types';
import { absenceToRow, flagToRow, rowToAbsence, rowToFlag } from '../store/rows';
import type { Store } from '../store/store';
import { mutateReportingBlocked, type BlockedPlacement } from './blocked';
import { todayOf } from './clock';
import { logOperativeChange } from './events';
import { fieldFailure, toFieldErrors, type FieldError } from './field-errors';

/** As typed in the supervisor's form: flags.csv's columns, checked by its parser. */
export interface FlagInput {
  operative_id: string;
  flag: string;
  scope: string;
  /** Review date; null = until lifted. */
  until: string | null;
  owner: string;
  note: string;
}

function findFlag(store: Store, id: number): Flag {
  const row = store.db.prepare('SELECT * FROM flags WHERE id = ?').get(id);
  if (!row) throw new ApiError('NOT_FOUND', `No flag with id ${id}; nothing was changed`);
  return rowToFlag(row as Record<string, unknown>);
}

function readFlag(store: Store, input: FlagInput, selfId: number | null): Flag {
  const parsed = parseFlagRecord({ ...input, until: input.until ?? '' }, 'flag');
  const errors: FieldError[] = toFieldErrors(parsed.errors);
  const bad = (c: string) => errors.some((e) => e.field === c);
  if (!bad('operative_id') && !store.read.operative(input.operative_id)) {
    errors.push({ field: 'operative_id', message: `unknown operative ${JSON.stringify(input.operative_id)}` });
  }
  const { kind, value } = splitScope(input.scope);
  if (!bad('scope') && kind === 'job' && !store.read.job(value)) {
    errors.push({ field: 'scope', message: `scope ${JSON.stringify(input.scope)} names unknown job ${JSON.stringify(value)}` });
  }
  if (input.owner.trim() === '') errors.push({ field: 'owner', message: 'owner is required: the supervisor who owns the flag' });
  const today = todayOf(store);
  if (!bad('until') && input.until !== null && input.until < today) {
    errors.push({ field: 'until', message: `until ${input.until} is before today (${today}): the flag would never be in force` });
  }
  const same = store.db
    .prepare('SELECT id FROM flags WHERE operative_id = ? AND flag = ? AND scope = ?')
    .get(input.operative_id, input.flag, input.scope) as { id: number } | undefined;
  if (same && same.id !== selfId) {
    errors.push({
      field: 'scope',
      message: `${input.operative_id} already has a ${input.flag} flag on ${input.scope} (flag ${same.id}); edit that one`,
    });
  }
  if (errors.length > 0 || !parsed.value) throw fieldFailure('Flag not saved', errors);
  return parsed.value;
}

const nameOf = (store: Store, id: string) => store.read.operative(id)?.name ?? id;

export function createFlag(store: Store, input: FlagInput, who: string): { flag: Flag; blocked: BlockedPlacement[] } {
  const flag = readFlag(store, input, null);
  const { value: id, blocked } = mutateReportingBlocked(
    store,
    `Flag ${nameOf(store, flag.operative_id)}: ${flag.flag} ${flag.scope}`,
    'people',
    who,
    { operatives: [flag.operative_id] },
    (rec) => {
      const id = rec.insertWithId('flags', flagToRow(flag));
      logOperativeChange(store, flag.operative_id, 'flag-added', { id, ...flag }, who);
      return id;
    },
  );
  return { flag: { ...flag, id }, blocked };
}

export function updateFlag(store: Store, id: number, input: FlagInput, who: string): { flag: Flag; blocked: BlockedPlacement[] } {
  const before = findFlag(store, id);
  const flag = readFlag(store, input, id);
  const { blocked } = mutateReportingBlocked(
    store,
    `Change flag ${nameOf(store, flag.operative_id)}: ${flag.flag} ${flag.scope}`,
    'people',
    who,
    { operatives: [before.operative_id, flag.operative_id] },
    (rec) => {
      rec.put('flags', flagToRow({ ...flag, id }));
      logOperativeChange(store, flag.operative_id, 'flag-changed', { id, before, after: flag }, who);
    },
  );
  return { flag: { ...flag, id }, blocked };
}

/** The flag stops applying from `from` (default today): its review date becomes the day before. */
export function endFlag(store: Store, id: number, from: string | undefined, who: string): { flag: Flag } {
  const flag = findFlag(store, id);
  const start = from ?? todayOf(store);
  if (flag.until !== null && flag.until < start) {
    throw new ApiError('CONFLICT', `Flag ${id} already ended on ${formatLongDate(flag.until)}; nothing was changed`);
  }
  const until = addDays(start, -1);
  store.history.mutate(`End flag ${nameOf(store, flag.operative_id)}: ${flag.flag} ${flag.scope}`, (rec) => {
    rec.put('flags', { id, until });
    logOperativeChange(store, flag.operative_id, 'flag-ended', { id, from: start, until }, who);
  });
  return { flag: { ...flag, until } };
}

/** The absence ends before `from` (default today): the operative is back that day. */
export function endAbsence(store: Store, id: number, from: string | undefined, who: string): { absence: Absence } {
  const row = store.db.prepare('SELECT * FROM absences WHERE id = ?').get(id);
  if (!row) throw new ApiError('NOT_FOUND', `No absence with id ${id}; nothing was changed`);
  const a = rowToAbsence(row as Record<string, unknown>);
  const back = from ?? todayOf(store);
  if (back <= a.from) {
    throw new ApiError(
      'CONFLICT',
      `This absence starts on ${formatLongDate(a.from)}, not before ${formatLongDate(back)}: remove it instead; nothing was changed`,
    );
  }
  if (a.to < back) throw new ApiError('CONFLICT', `This absence already ended on ${formatLongDate(a.to)}; nothing was changed`);
  const ended = { ...a, to: addDays(back, -1) };
  store.history.mutate(`End absence for ${nameOf(store, a.operative_id)}: back ${formatLongDate(back)}`, (rec) => {
    rec.put('absences', absenceToRow(ended));
    logOperativeChange(store, a.operative_id, 'absence-ended', { id, from: a.from, to: ended.to, back }, who);
  });
  return { absence: ended };
}
