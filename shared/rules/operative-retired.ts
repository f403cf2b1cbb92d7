// A retired operative cannot be placed from their retirement date on. Their earlier placements
// and records stay (history is kept) and still resolve; only new work is refused.
import { formatLongDate } from '../calendar/dates';
import { defineRule } from './define';

export const operativeRetired = defineRule({
  id: 'operative-retired',
  name: 'Retired operative',
  description: 'The operative has not retired (left the team) on or before the date.',
  owner: 'planner',
  severity: 'hard',
  stage: 'day',
  find: ({ operative, date }) => {
    const from = operative.retired_from;
    return from && from <= date ? [from] : null;
  },
  reason: (from, { operative }) => `${operative.name} retired on ${formatLongDate(from)}: no work from that date`,
});
