// Reduced duties restrict the kind of work, not just the pace. Scopes are normally trade:X or
// competence:X; an area or job scope is honoured too rather than silently ignored.
import { defineRule } from './define';
import { describeScope, flagInForce, scopeMatches, type ScopedFlag } from './flag-scope';
import { untilText } from './format';

export const reducedDuties = defineRule({
  id: 'reduced-duties',
  name: 'Reduced duties',
  description: 'The operative is not on reduced duties that exclude this kind of work.',
  owner: 'supervisor',
  severity: 'hard',
  stage: 'job',
  find: ({ job, facts, date }) => {
    let hits: ScopedFlag[] | null = null;
    for (const s of facts.reducedDuties) if (flagInForce(s.flag, date) && scopeMatches(s, job)) (hits ??= []).push(s);
    return hits;
  },
  reason: (s, { operative }) => {
    const by = s.flag.owner ? ` (set by ${s.flag.owner})` : '';
    const note = s.flag.note ? `: ${s.flag.note}` : '';
    return `${operative.name} is on reduced duties, no ${describeScope(s)} ${untilText(s.flag.until)}${by}${note}`;
  },
});
