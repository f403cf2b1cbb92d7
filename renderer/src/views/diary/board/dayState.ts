// Why an operative-day takes no work at all (absent, not rostered, bank holiday), as a short label
// for the cell and a longer one for its title. Null on an ordinary working day.
import type { OperativeView } from '../../../../../shared/api/views';
import { weekdayOf } from '../../../../../shared/calendar';
import type { Absence } from '../../../../../shared/domain/types';
import type { RosterDay } from '../../../../../shared/roster/types';

const KIND_LABEL: Record<Absence['kind'], string> = { leave: 'Leave', sickness: 'Sick', training: 'Training', other: 'Away' };

export interface DayOff {
  kind: 'absent' | 'off' | 'holiday';
  label: string;
  title: string;
}

function absenceOn(op: OperativeView, date: string): Absence | undefined {
  return op.absences.find((a) => a.from <= date && date <= a.to);
}

/** `roster` is the operative's resolved roster day (patterns, rotations, overrides, bank holidays). */
export function dayOff(op: OperativeView, date: string, roster: RosterDay): DayOff | null {
  const a = absenceOn(op, date);
  if (a)
    return { kind: 'absent', label: absenceLabel(a), title: `${op.name} absent: ${a.reason || KIND_LABEL[a.kind]} (${a.from} to ${a.to})` };
  if (roster.working) return null;
  if (roster.source === 'bank-holiday') return { kind: 'holiday', label: 'Bank hol.', title: roster.holiday ?? 'Bank holiday' };
  if (roster.source === 'override') return { kind: 'off', label: 'Off', title: `${op.name} is rostered off on ${weekdayOf(date)} ${date}` };
  const by = roster.pattern ? ` (${roster.pattern})` : '';
  return { kind: 'off', label: 'Off', title: `${op.name} does not work on ${weekdayOf(date)}${by}` };
}

/** 'Leave', 'Sick', 'Training'; an 'other' absence is named by its reason when it has one. */
export function absenceLabel(a: Absence): string {
  return a.kind === 'other' && a.reason.trim() ? a.reason.trim() : KIND_LABEL[a.kind];
}
