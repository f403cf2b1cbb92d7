// The impact/effort matrix's threshold, a workspace setting (undoable like any other edit).
import { DEFAULT_MATRIX_SETTINGS, type MatrixSettings } from '../../../shared/matrix';
import type { Store } from '../store/store';

export const MATRIX_SETTINGS_KEY = 'matrix_settings';

export function matrixSettingsOf(store: Store): MatrixSettings {
  return { ...DEFAULT_MATRIX_SETTINGS, ...(store.read.setting<Partial<MatrixSettings>>(MATRIX_SETTINGS_KEY) ?? {}) };
}

export function setMatrixSettings(store: Store, settings: MatrixSettings): MatrixSettings {
  store.history.mutate(`Set matrix "high" to ${settings.high}–5`, (rec) =>
    rec.put('settings', { key: MATRIX_SETTINGS_KEY, value: JSON.stringify(settings) }),
  );
  return settings;
}
