// Plain-language names for places in the diary, used in messages the planner reads.
import { formatShortDay } from '../../../shared/calendar/dates';
import type { DiaryEntry } from '../../../shared/domain/types';
import type { Store } from '../store/store';

export function operativeName(store: Store, id: string): string {
  return store.read.operative(id)?.name ?? id;
}

export function describeEntry(store: Store, e: Pick<DiaryEntry, 'operative_id' | 'date' | 'sequence'>): string {
  return `${operativeName(store, e.operative_id)}, ${formatShortDay(e.date)} (position ${e.sequence + 1})`;
}
