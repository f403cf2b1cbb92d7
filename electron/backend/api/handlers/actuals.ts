// actuals/*: thin handlers over electron/backend/actuals/.
import { closeOutDay } from '../../actuals/close-out';
import { actualsPolicyOf, setActualsPolicy } from '../../actuals/policy';
import { actualsReport } from '../../actuals/report';
import { importActuals, recordCloseOutDay, reportCsv } from '../../actuals/requests';
import { jobVisits } from '../../actuals/visits';
import type { AreaHandlers } from '../types';

export const actualsHandlers: AreaHandlers<'actuals'> = {
  'actuals/import-csv': ({ csv, file }, { store, scenario }) => importActuals(store, scenario, csv, file),
  'actuals/get-report': ({ from, to }, { store }) => actualsReport(store, from, to),
  'actuals/export-report': ({ from, to }, { store }) => reportCsv(store, from, to),
  'actuals/get-close-out': ({ operative_id, date }, { store }) => closeOutDay(store, operative_id, date),
  'actuals/record-close-out': ({ operative_id, date, version, visits }, { store, scenario }) =>
    recordCloseOutDay(store, scenario, operative_id, date, version, visits),
  'actuals/list-visits': ({ ref }, { store }) => jobVisits(store, ref),
  'actuals/get-policy': (_i, { store }) => actualsPolicyOf(store),
  'actuals/set-policy': (policy, { store }) => setActualsPolicy(store, policy),
};
