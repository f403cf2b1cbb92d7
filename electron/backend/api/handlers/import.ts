import { importCsv } from '../../csv/apply-import';
import { slaPolicyOf } from '../../sla/policy';
import type { AreaHandlers } from '../types';

const file = (name: string, text: string | undefined) => (text === undefined ? undefined : { name, text });

export const importHandlers: AreaHandlers<'import'> = {
  'import/run-csv': (input, { store }) =>
    importCsv(
      store,
      {
        operatives: file(input.names?.operatives ?? 'operatives.csv', input.operatives),
        jobs: file(input.names?.jobs ?? 'jobs.csv', input.jobs),
        absences: file(input.names?.absences ?? 'absences.csv', input.absences),
        flags: file(input.names?.flags ?? 'flags.csv', input.flags),
      },
      slaPolicyOf(store),
    ),
};
