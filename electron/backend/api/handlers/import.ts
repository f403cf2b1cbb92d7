import { importCsv } from '../../csv/apply-import';
import { slaPolicyOf } from '../../sla/policy';
import type { AreaHandlers } from '../types';

const file = (name: string, text: string | undefined) => (text === undefined ? undefined : { name, text });

export const importHandlers: AreaHandlers<'import'> = {
  'import/run-csv': (input, { store }) =>
    importCsv(
      store,
      {
        operatives: file('operatives.csv', input.operatives),
        jobs: file('jobs.csv', input.jobs),
        absences: file('absences.csv', input.absences),
        flags: file('flags.csv', input.flags),
      },
      slaPolicyOf(store),
    ),
};
