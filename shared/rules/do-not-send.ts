// Supervisor's "do not send" flags: scoped to a trade, competence, area or single job, in
// force up to and including the review date.
import { defineRule } from './define';
import { describeScope, flagInForce, scopeMatches, type ScopedFlag } from './flag-scope';
import { untilText } from './format';

export const doNotSend = defineRule({
  id: 'do-not-send',
  name: 'Do not send',
  description: "No supervisor DO_NOT_SEND flag in force covers the job's trade, competences, area or reference.",
  owner: 'supervisor',
  severity: 'hard',
  stage: 'job',
  find: ({ job, facts, date }) => {
    let hits: ScopedFlag[] | null = null;
    for (const s of facts.doNotSend) if (flagInForce(s.flag, date) && scopeMatches(s, job)) (hits ??= []).push(s);
    return hits;
  },
  reason: (s, { operative }) => {
    const by = s.flag.owner ? ` (set by ${s.flag.owner})` : '';
    const note = s.flag.note ? `: ${s.flag.note}` : '';
    return `Do not send ${operative.name} to ${describeScope(s)} ${untilText(s.flag.until)}${by}${note}`;
  },
});
