// The roster API: grid, day edits, patterns, absences, cover rules, capacity, drop-outs and
// roster.csv. The work lives in electron/backend/roster/; these map the contract onto it.
import { ApiError } from '../../../../shared/api/errors';
import { toLocal } from '../../../../shared/sla/local-time';
import { currentUser } from '../../identity';
import { addAbsence, deleteAbsence, updateAbsence } from '../../roster/absences';
import { capacityReport } from '../../roster/capacity';
import { coverOf, setCover } from '../../roster/cover';
import { exportRosterCsv, importRosterCsv } from '../../roster/csv';
import { setDay } from '../../roster/day-edit';
import { listDropouts, returnToTray } from '../../roster/dropouts';
import { rosterGrid } from '../../roster/grid';
import { applyPattern, deletePattern } from '../../roster/patterns';
import { readPatterns } from '../../store/roster';
import type { HandlerGroup } from '../types';

type RosterApi =
  | 'roster/get-grid'
  | 'roster/set-day'
  | 'roster/list-patterns'
  | 'roster/apply-pattern'
  | 'roster/delete-pattern'
  | 'roster/get-cover'
  | 'roster/set-cover'
  | 'roster/get-capacity'
  | 'roster/list-dropouts'
  | 'roster/return-to-tray'
  | 'roster/import-csv'
  | 'roster/export-csv'
  | 'absences/add'
  | 'absences/update'
  | 'absences/delete';

export const rosterHandlers: HandlerGroup<RosterApi> = {
  'roster/get-grid': ({ from, to }, { store }) => rosterGrid(store, from, to),
  'roster/set-day': ({ operative_id, date, day }, { store }) => setDay(store, operative_id, date, day),
  'roster/list-patterns': ({ operative_id }, { store }) => readPatterns(store, operative_id),
  'roster/apply-pattern': (input, { store }) => applyPattern(store, input),
  'roster/delete-pattern': ({ id }, { store }) => deletePattern(store, id),
  'roster/get-cover': (_i, { store }) => coverOf(store),
  'roster/set-cover': (cover, { store }) => setCover(store, cover),
  'roster/get-capacity': ({ from, to, area }, { store }) => capacityReport(store, from, to, area ?? null),
  'roster/list-dropouts': ({ from, to }, { store }) => {
    if (from && to && from > to) throw new ApiError('VALIDATION', `from ${from} is after to ${to}`);
    return listDropouts(store, { from: from ?? toLocal(Date.now()).date, to });
  },
  'roster/return-to-tray': ({ refs }, { store }) => ({ refs: returnToTray(store, refs, currentUser(store)) }),
  'roster/import-csv': ({ csv, file }, { store }) => importRosterCsv(store, csv, file),
  'roster/export-csv': ({ from, to, overrides_only }, { store }) => {
    if (from > to) throw new ApiError('VALIDATION', `from ${from} is after to ${to}`);
    return exportRosterCsv(store, from, to, overrides_only ?? false);
  },
  'absences/add': (a, { store }) => addAbsence(store, a),
  'absences/update': ({ id, ...a }, { store }) => updateAbsence(store, id, a),
  'absences/delete': ({ id }, { store }) => deleteAbsence(store, id),
};
