// The operative must be rostered on that weekday, and it must not be a bank holiday.
// Decision: a bank holiday is a hard "not working" for everyone. Out-of-hours cover on a bank
// holiday is rostered as a separate arrangement, not inferred from the weekly pattern.
import { formatLongDate } from '../calendar/dates';
import { holidayName, isBankHoliday } from '../calendar/working-days';
import { defineRule } from './define';
import { formatWeekdays, weekdayPlural } from './format';

type Finding = { kind: 'weekday' } | { kind: 'holiday'; name: string };

export const workingDay = defineRule({
  id: 'working-day',
  name: 'Working day',
  description: "The date is one of the operative's working weekdays and not a bank holiday.",
  owner: 'planner',
  severity: 'hard',
  stage: 'day',
  find: ({ facts, weekday, date, world }) => {
    let out: Finding[] | null = null;
    if (!facts.workingDays.has(weekday)) out = [{ kind: 'weekday' }];
    if (isBankHoliday(date, world.calendar)) {
      (out ??= []).push({ kind: 'holiday', name: holidayName(date, world.calendar) ?? 'bank holiday' });
    }
    return out;
  },
  reason: (f, { operative, weekday, date, facts }) => {
    if (f.kind === 'holiday') return `${formatLongDate(date)} is a bank holiday (${f.name})`;
    const pattern = facts.workingDays.size === 0 ? 'has no working days set' : `works ${formatWeekdays(facts.workingDays)}`;
    return `${operative.name} does not work on ${weekdayPlural(weekday)} (${pattern})`;
  },
});
