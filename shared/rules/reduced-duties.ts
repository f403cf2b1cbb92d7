// Reduced duties restrict the kind of work, not just the pace. Scopes are normally trade:X or
// competence:X; an area or job scope is honoured too rather than silently ignored.
import { supervisorFlagRule } from './supervisor-flag';

export const reducedDuties = supervisorFlagRule({
  id: 'reduced-duties',
  name: 'Reduced duties',
  description: 'The operative is not on reduced duties that exclude this kind of work.',
  flags: (facts) => facts.reducedDuties,
  says: (operative, scope) => `${operative} is on reduced duties, no ${scope}`,
});
