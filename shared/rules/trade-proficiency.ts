// The operative must hold the job's trade at the required level.
import { defineRule } from './define';

export const tradeProficiency = defineRule({
  id: 'trade-proficiency',
  name: 'Trade and proficiency',
  description: "The operative has the job's trade at or above its minimum proficiency.",
  owner: 'planner',
  severity: 'hard',
  stage: 'job',
  find: ({ job, facts }) => {
    const level = facts.skills.get(job.trade) ?? 0;
    return level >= job.min_proficiency ? null : [level];
  },
  reason: (level, { job, operative }) =>
    level === 0
      ? `${job.ref} needs ${job.trade} ≥ ${job.min_proficiency}; ${operative.name} has no ${job.trade} trade`
      : `${job.ref} needs ${job.trade} ≥ ${job.min_proficiency}; ${operative.name} has ${job.trade} ${level}`,
});
