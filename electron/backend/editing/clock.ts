// "Now" and "today" for edits, from the store's clock (injectable in tests), in UK wall-clock
// time: the diary, SLA deadlines and "from today on" all read the UK calendar.
import { addDays, weekdayOf } from '../../../shared/calendar/dates';
import { toLocal } from '../../../shared/sla/local-time';
import type { Store } from '../store/store';

export interface LocalNow {
  /** Epoch ms. */
  ms: number;
  date: string;
  /** Minute of the UK day. */
  minute: number;
}

export function nowOf(store: Store): LocalNow {
  const ms = Date.parse(store.now());
  const local = toLocal(ms);
  const [h, m] = local.time.split(':').map(Number);
  return { ms, date: local.date, minute: h! * 60 + m! };
}

export function todayOf(store: Store): string {
  return nowOf(store).date;
}

/** Monday of the ISO week holding `date`. */
export function mondayOf(date: string): string {
  const back = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(weekdayOf(date));
  return addDays(date, -back);
}
