// The Publish view's default range: Monday to Sunday of the week holding the focus date.
import { addDays, weekdayOf } from '../../../../shared/calendar/dates';
import { WEEKDAYS } from '../../../../shared/domain/schemas';

export function weekOf(date: string): { from: string; to: string } {
  const from = addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
  return { from, to: addDays(from, 6) };
}
