// Supervisor's "do not send" flags: scoped to a trade, competence, area or single job, in
// force up to and including the review date.
import { supervisorFlagRule } from './supervisor-flag';

export const doNotSend = supervisorFlagRule({
  id: 'do-not-send',
  name: 'Do not send',
  description: "No supervisor DO_NOT_SEND flag in force covers the job's trade, competences, area or reference.",
  flags: (facts) => facts.doNotSend,
  says: (operative, scope) => `Do not send ${operative} to ${scope}`,
});
