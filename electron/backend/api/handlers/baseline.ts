import { listBaselines, saveBaseline } from '../../review/baseline';
import type { AreaHandlers } from '../types';

export const baselineHandlers: AreaHandlers<'baseline'> = {
  'baseline/save': ({ label }, { store }) => saveBaseline(store, label),
  'baseline/list': (_i, { store }) => listBaselines(store),
};
