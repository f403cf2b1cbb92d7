// "Now" as UK wall-clock time, the form SLA deadlines are written in. Uses shared/sla's
// Europe/London rules rather than the machine's zone, so countdowns match the backend.
import { toLocal } from '../../../shared/sla';

/** 'YYYY-MM-DDTHH:MM' in UK local time. */
export function nowLocal(at: number = Date.now()): string {
  const { date, time } = toLocal(at);
  return `${date}T${time}`;
}

/** 'YYYY-MM-DD' in UK local time. */
export function todayLocal(at: number = Date.now()): string {
  return toLocal(at).date;
}
