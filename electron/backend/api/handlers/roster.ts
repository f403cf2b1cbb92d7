import { currentUser } from '../../identity';
import { capacityReport } from '../../roster/capacity';
import { coverOf, setCover } from '../../roster/cover';
import { exportRosterCsv, importRosterCsv } from '../../roster/csv';
import { setDay } from '../../roster/day-edit';
import { dropoutsFrom, returnToTray } from '../../roster/dropouts';
import { rosterGrid } from '../../roster/grid';
import { applyPattern, deletePattern } from '../../roster/patterns';
import { readPatterns } from '../../store/roster';
import type { AreaHandlers } from '../types';

export const rosterHandlers: AreaHandlers<'roster'> = {
  'roster/get-grid': ({ from, to }, { store }) => rosterGrid(store, from, to),
  'roster/set-day': ({ operative_id, date, day }, { store }) => setDay(store, operative_id, date, day),
  'roster/list-patterns': ({ operative_id }, { store }) => readPatterns(store, operative_id),
  'roster/apply-pattern': (input, { store }) => applyPattern(store, input),
  'roster/delete-pattern': ({ id }, { store }) => deletePattern(store, id),
  'roster/get-cover': (_i, { store }) => coverOf(store),
  'roster/set-cover': (cover, { store }) => setCover(store, cover),
  'roster/get-capacity': ({ from, to, area }, { store }) => capacityReport(store, from, to, area ?? null),
  'roster/list-dropouts': ({ from, to }, { store }) => dropoutsFrom(store, from, to),
  'roster/return-to-tray': ({ refs }, { store }) => ({ refs: returnToTray(store, refs, currentUser(store)) }),
  'roster/import-csv': ({ csv, file }, { store }) => importRosterCsv(store, csv, file),
  'roster/export-csv': ({ from, to, overrides_only }, { store }) => exportRosterCsv(store, from, to, overrides_only ?? false),
};
