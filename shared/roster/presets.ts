// Ready-made patterns the pattern editor offers. Each is an ordinary pattern (weekly or a
// rotation) the planner can adjust before applying; nothing here is special-cased later.
import { addDays, weekdayOf } from '../calendar/dates';
import { WEEKDAYS } from '../domain/schemas';
import type { DaySpec, RosterPattern, Shift } from './types';

export const PRESET_IDS = ['weekly', 'alternate-saturdays', 'four-on-four-off', 'on-call-rota'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const PRESET_LABELS: Record<PresetId, string> = {
  weekly: 'Weekly pattern (Mon–Fri)',
  'alternate-saturdays': 'Alternate Saturdays',
  'four-on-four-off': '4 on, 4 off',
  'on-call-rota': 'Two-week on-call rota',
};

export type PatternDraft = Pick<RosterPattern, 'name' | 'kind' | 'anchor' | 'days'>;

const INHERIT: DaySpec = { work: null, on_call: null };
const work = (s: Shift): DaySpec => ({ work: s, on_call: null });
const OFF: DaySpec = { work: 'off', on_call: null };

/** The Monday on or before `date`: rotations counted in weeks start on a Monday. */
export function mondayOf(date: string): string {
  return addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));
}

/** A preset anchored at `from` (week-based ones at that week's Monday). */
export function preset(id: PresetId, from: string, hours: Shift = { start: '08:00', end: '16:00', overnight: false }): PatternDraft {
  switch (id) {
    case 'weekly':
      return {
        name: 'Weekly pattern',
        kind: 'weekly',
        anchor: from,
        days: WEEKDAYS.map((d) => (d === 'Sat' || d === 'Sun' ? OFF : work(hours))),
      };
    case 'alternate-saturdays': {
      // Week 1 Saturday on (a short morning), week 2 Saturday off; weekdays follow the layer below.
      const days = Array.from({ length: 14 }, () => INHERIT);
      days[5] = work({ start: '08:00', end: '12:00', overnight: false });
      days[12] = OFF;
      return { name: 'Alternate Saturdays', kind: 'rotation', anchor: mondayOf(from), days };
    }
    case 'four-on-four-off':
      return {
        name: '4 on, 4 off',
        kind: 'rotation',
        anchor: from,
        days: [...Array.from({ length: 4 }, () => work({ start: '07:00', end: '19:00', overnight: false })), OFF, OFF, OFF, OFF],
      };
    case 'on-call-rota':
      // One week on call, one week not; working hours untouched.
      return {
        name: 'Two-week on-call rota',
        kind: 'rotation',
        anchor: mondayOf(from),
        days: Array.from({ length: 14 }, (_, i) => ({ work: null, on_call: i < 7 })),
      };
  }
}
