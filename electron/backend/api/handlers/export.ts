import { exportCsv } from '../../csv/export';
import type { AreaHandlers } from '../types';

export const exportHandlers: AreaHandlers<'export'> = {
  'export/run-csv': ({ what }, { store }) => exportCsv(store, what),
};
