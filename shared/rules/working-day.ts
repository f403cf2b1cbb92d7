// The operative must be rostered to work that day. The roster (shared/roster) decides: their
// working days, weekly patterns and rotations; a bank holiday is off unless a per-day override
// explicitly puts them on (out-of-hours cover is rostered on purpose, never inferred from the
// weekly pattern); a date with an override is defined by it alone.
import { formatLongDate } from '../calendar/dates';
import { defineRule } from './define';
import { formatWeekdays, weekdayPlural } from './format';

type Finding =
  | { kind: 'weekday' }
  | { kind: 'pattern'; name: string; rotation: boolean }
  | { kind: 'holiday'; name: string }
  | { kind: 'override'; onCall: boolean };

export const workingDay = defineRule({
  id: 'working-day',
  name: 'Working day',
  description: 'The operative is rostered to work on the date (not off, and not a bank holiday unless the roster puts them on).',
  owner: 'planner',
  severity: 'hard',
  stage: 'day',
  find: ({ roster }): Finding[] | null => {
    if (roster.source === 'override') return roster.working ? null : [{ kind: 'override', onCall: roster.on_call }];
    let out: Finding[] | null = null;
    if (!roster.pattern_working) {
      out = [
        roster.pattern === null ? { kind: 'weekday' } : { kind: 'pattern', name: roster.pattern, rotation: roster.source === 'rotation' },
      ];
    }
    if (roster.holiday !== null) (out ??= []).push({ kind: 'holiday', name: roster.holiday });
    return out;
  },
  reason: (f, { operative, weekday, date, facts }) => {
    switch (f.kind) {
      case 'holiday':
        return `${formatLongDate(date)} is a bank holiday (${f.name})`;
      case 'override':
        return f.onCall
          ? `${operative.name} is only on call on ${formatLongDate(date)} (roster override), not rostered to work`
          : `${operative.name} is rostered off on ${formatLongDate(date)} (roster override)`;
      case 'pattern':
        return f.rotation
          ? `${operative.name} is off on ${formatLongDate(date)} in the rotation "${f.name}"`
          : `${operative.name} does not work on ${weekdayPlural(weekday)} (weekly pattern "${f.name}")`;
      case 'weekday': {
        const pattern = facts.workingDays.size === 0 ? 'has no working days set' : `works ${formatWeekdays(facts.workingDays)}`;
        return `${operative.name} does not work on ${weekdayPlural(weekday)} (${pattern})`;
      }
    }
  },
});
