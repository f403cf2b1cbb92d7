// Operatives with their absences and supervisor flags, and the raw lists.
import type { HandlerGroup } from '../types';

export const peopleHandlers: HandlerGroup<'operatives/list' | 'absences/list' | 'flags/list' | 'dependencies/list'> = {
  'operatives/list': (_input, { store }) => {
    const absences = store.read.absences();
    const flags = store.read.flags();
    return store.read.operatives().map((o) => ({
      ...o,
      absences: absences.filter((a) => a.operative_id === o.id),
      flags: flags.filter((f) => f.operative_id === o.id),
    }));
  },
  'absences/list': (_input, { store }) => store.read.absences(),
  'flags/list': (_input, { store }) => store.read.flags(),
  'dependencies/list': (_input, { store }) => store.read.dependencies(),
};
