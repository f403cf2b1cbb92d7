// Operatives as the API lists them: each with their absences and supervisor flags.
import type { OperativeView } from '../../../shared/api/views';
import type { Store } from '../store/store';

export function operativeViews(store: Store): OperativeView[] {
  const absences = store.read.absences();
  const flags = store.read.flags();
  return store.read.operatives().map((o) => ({
    ...o,
    absences: absences.filter((a) => a.operative_id === o.id),
    flags: flags.filter((f) => f.operative_id === o.id),
  }));
}
