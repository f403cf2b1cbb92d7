// actuals/*: thin handlers over electron/backend/actuals/.
import { ApiError } from '../../../../shared/api/errors';
import { formatReportCsv } from '../../../../shared/actuals';
import { closeOutDay, recordCloseOut } from '../../actuals/close-out';
import { importActualsCsv } from '../../actuals/import-csv';
import { actualsPolicyOf, setActualsPolicy } from '../../actuals/policy';
import { actualsReport, compareRange } from '../../actuals/report';
import { jobVisits } from '../../actuals/visits';
import type { HandlerGroup } from '../types';

type ActualsApi =
  | 'actuals/import-csv'
  | 'actuals/get-report'
  | 'actuals/export-report'
  | 'actuals/get-close-out'
  | 'actuals/record-close-out'
  | 'actuals/list-visits'
  | 'actuals/get-policy'
  | 'actuals/set-policy';

/** What happened is recorded once, on the live plan; a what-if scenario only reads it. */
function liveOnly(scenario: string | null): void {
  if (scenario)
    throw new ApiError('VALIDATION', `Actuals are recorded on the live plan, not in scenario "${scenario}": switch to the live plan first`);
}

export const actualsHandlers: HandlerGroup<ActualsApi> = {
  'actuals/import-csv': ({ csv, file }, { store, scenario }) => {
    liveOnly(scenario);
    return importActualsCsv(store, csv, file ?? 'actuals.csv');
  },
  'actuals/get-report': ({ from, to }, { store }) => actualsReport(store, from, to),
  'actuals/export-report': ({ from, to }, { store }) => {
    const visits = compareRange(store, from, to);
    return { csv: formatReportCsv(visits), rows: visits.length };
  },
  'actuals/get-close-out': ({ operative_id, date }, { store }) => closeOutDay(store, operative_id, date),
  'actuals/record-close-out': ({ operative_id, date, version, visits }, { store, scenario }) => {
    liveOnly(scenario);
    if (!store.read.operative(operative_id)) throw new ApiError('NOT_FOUND', `No operative with id ${operative_id}`);
    return recordCloseOut(store, operative_id, date, version, visits);
  },
  'actuals/list-visits': ({ ref }, { store }) => jobVisits(store, ref),
  'actuals/get-policy': (_i, { store }) => actualsPolicyOf(store),
  'actuals/set-policy': (policy, { store }) => setActualsPolicy(store, policy),
};
