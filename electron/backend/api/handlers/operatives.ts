import { operativeViews } from '../../roster/people';
import type { AreaHandlers } from '../types';

export const operativesHandlers: AreaHandlers<'operatives'> = {
  'operatives/list': (_i, { store }) => operativeViews(store),
};
