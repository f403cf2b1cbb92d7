// Why an operative-day takes no work at all (absent, not rostered, bank holiday), as a short label
// for the cell and a longer one for its title. Null on an ordinary working day.
import type { OperativeView } from '../../../../shared/api/views';
import { DEFAULT_CALENDAR, holidayName, isBankHoliday, weekdayOf } from '../../../../shared/calendar';
import type { Absence } from '../../../../shared/domain/types';

const KIND_LABEL: Record<Absence['kind'], string> = { leave: 'Leave', sickness: 'Sick', training: 'Training', other: 'Away' };

export interface DayOff {
  kind: 'absent' | 'off' | 'holiday';
  label: string;
  title: string;
}

export function absenceOn(op: OperativeView, date: string): Absence | undefined {
  return op.absences.find((a) => a.from <= date && date <= a.to);
}

export function dayOff(op: OperativeView, date: string): DayOff | null {
  const a = absenceOn(op, date);
  if (a) return { kind: 'absent', label: absenceLabel(a), title: `${op.name} absent: ${a.reason || KIND_LABEL[a.kind]} (${a.from} to ${a.to})` };
  if (isBankHoliday(date, DEFAULT_CALENDAR)) {
    const name = holidayName(date, DEFAULT_CALENDAR) ?? 'Bank holiday';
    return { kind: 'holiday', label: 'Bank hol.', title: name };
  }
  if (!op.working_days.includes(weekdayOf(date))) return { kind: 'off', label: 'Off', title: `${op.name} does not work on ${weekdayOf(date)}` };
  return null;
}

/** 'Leave', 'Sick', 'Training'; an 'other' absence is named by its reason when it has one. */
export function absenceLabel(a: Absence): string {
  return a.kind === 'other' && a.reason.trim() ? a.reason.trim() : KIND_LABEL[a.kind];
}
