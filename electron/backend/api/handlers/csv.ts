import { importCsv } from '../../csv/apply-import';
import { exportCsv } from '../../csv/export';
import type { HandlerGroup } from '../types';
import { slaPolicyOf } from '../../sla/policy';

export const csvHandlers: HandlerGroup<'import/run-csv' | 'export/run-csv'> = {
  'import/run-csv': (input, { store }) =>
    importCsv(
      store,
      {
        operatives: input.operatives !== undefined ? { name: 'operatives.csv', text: input.operatives } : undefined,
        jobs: input.jobs !== undefined ? { name: 'jobs.csv', text: input.jobs } : undefined,
        absences: input.absences !== undefined ? { name: 'absences.csv', text: input.absences } : undefined,
        flags: input.flags !== undefined ? { name: 'flags.csv', text: input.flags } : undefined,
      },
      slaPolicyOf(store),
    ),
  'export/run-csv': ({ what }, { store }) => exportCsv(store, what),
};
