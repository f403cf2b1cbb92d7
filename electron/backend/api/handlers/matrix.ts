import { matrixSettingsOf, setMatrixSettings } from '../../plan/matrix-settings';
import type { AreaHandlers } from '../types';

export const matrixHandlers: AreaHandlers<'matrix'> = {
  'matrix/get-settings': (_i, { store }) => matrixSettingsOf(store),
  'matrix/set-settings': (settings, { store }) => setMatrixSettings(store, settings),
};
