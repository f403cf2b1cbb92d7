// The rule skeleton the supervisor's scoped flags share (do not send, reduced duties): a hard,
// job-stage rule owned by the supervisor that finds the operative's flags of one kind in force
// on the date and covering the job, and words each with its scope, review date, setter and note.
import type { OperativeFacts } from './facts';
import { defineRule } from './define';
import { describeScope, flagInForce, scopeMatches, type ScopedFlag } from './flag-scope';
import { untilText } from './format';
import type { Rule } from './types';

export interface SupervisorFlagRuleSpec {
  id: string;
  name: string;
  description: string;
  /** The operative's flags of this rule's kind. */
  flags(facts: OperativeFacts): readonly ScopedFlag[];
  /** The reason's opening words, e.g. `Do not send Sam to GAS work`. */
  says(operativeName: string, scope: string): string;
}

export function supervisorFlagRule(spec: SupervisorFlagRuleSpec): Rule<'job'> {
  return defineRule({
    id: spec.id,
    name: spec.name,
    description: spec.description,
    owner: 'supervisor',
    severity: 'hard',
    stage: 'job',
    find: ({ job, facts, date }) => {
      let hits: ScopedFlag[] | null = null;
      for (const s of spec.flags(facts)) if (flagInForce(s.flag, date) && scopeMatches(s, job)) (hits ??= []).push(s);
      return hits;
    },
    reason: (s, { operative }) => {
      const by = s.flag.owner ? ` (set by ${s.flag.owner})` : '';
      const note = s.flag.note ? `: ${s.flag.note}` : '';
      return `${spec.says(operative.name, describeScope(s))} ${untilText(s.flag.until)}${by}${note}`;
    },
  });
}
