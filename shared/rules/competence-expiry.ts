// Every competence the job requires must be held, and its certificate valid on the job date.
// A certificate is valid through its expiry date (expires 31 Dec covers work on 31 Dec).
import { formatLongDate } from '../calendar/dates';
import { defineRule } from './define';

interface Gap {
  code: string;
  /** Undefined when the competence is not held at all. */
  expired?: string;
}

export const competenceExpiry = defineRule({
  id: 'competence-expiry',
  name: 'Competences and certificates',
  description: 'The operative holds every required competence, each valid on the job date.',
  owner: 'planner',
  severity: 'hard',
  stage: 'job',
  find: ({ job, facts, date }) => {
    let gaps: Gap[] | null = null;
    for (const code of job.competences) {
      const expires = facts.competences.get(code);
      if (expires === undefined) (gaps ??= []).push({ code });
      else if (expires !== null && expires < date) (gaps ??= []).push({ code, expired: expires });
    }
    return gaps;
  },
  reason: (gap, { job, operative, date }) =>
    gap.expired === undefined
      ? `${job.ref} needs ${gap.code}; ${operative.name} does not hold ${gap.code}`
      : `${operative.name}'s ${gap.code} certificate expired on ${formatLongDate(gap.expired)}; job date ${formatLongDate(date)}`,
});
