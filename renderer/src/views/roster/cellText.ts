// Words for a roster cell: the short label shown, and the full sentence for its title and
// accessible name.
import type { GridDay } from '../../../../shared/api/areas/roster';
import type { Shift } from '../../../../shared/roster';
import { formatShift } from '../../../../shared/roster/shift';

export const ABSENCE_LABELS = { leave: 'Leave', sickness: 'Sick', training: 'Training', other: 'Away' } as const;

export type CellState = 'work' | 'off' | 'absent' | 'holiday' | 'on-call';

export function cellState(day: GridDay): CellState {
  if (day.absence) return 'absent';
  if (day.working) return 'work';
  if (day.holiday !== null && day.source !== 'override') return 'holiday';
  return day.on_call ? 'on-call' : 'off';
}

/** '09:00' → '9', '07:30' → '7:30': roster-style hours that fit a narrow cell. */
function compact(hhmm: string): string {
  const [h, m] = hhmm.split(':');
  return m === '00' ? String(Number(h)) : `${Number(h)}:${m}`;
}

/** '9–17', '7:30–16', '22–6+1'. The cell's title carries the full times. */
export function shortHours(s: Shift): string {
  return `${compact(s.start)}–${compact(s.end)}${s.overnight ? '+1' : ''}`;
}

export function cellLabel(day: GridDay, preview: Shift | null): string {
  if (preview) return shortHours(preview);
  switch (cellState(day)) {
    case 'absent':
      return ABSENCE_LABELS[day.absence!.kind];
    case 'work':
      return shortHours(day.shift!);
    case 'holiday':
      return 'Bank hol.';
    case 'on-call':
      return 'On call';
    case 'off':
      return 'Off';
  }
}

const SOURCE_WORDS: Record<GridDay['source'], string> = {
  pattern: 'usual pattern',
  rotation: 'rotation',
  override: 'changed for this day',
  'bank-holiday': 'bank holiday',
};

export function cellDescription(day: GridDay): string {
  const parts: string[] = [];
  if (day.absence) parts.push(`absent (${day.absence.kind}${day.absence.reason ? `: ${day.absence.reason}` : ''})`);
  parts.push(day.working && day.shift ? `working ${formatShift(day.shift)}` : 'not working');
  if (day.on_call) parts.push(day.on_call_hours ? `on call ${formatShift(day.on_call_hours)}` : 'on call');
  const why = day.pattern ? `${SOURCE_WORDS[day.source]} "${day.pattern}"` : SOURCE_WORDS[day.source];
  parts.push(why);
  if (day.holiday) parts.push(day.holiday);
  return parts.join(', ');
}
