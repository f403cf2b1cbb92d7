// Area restrictions: an operative with no areas listed may work anywhere.
import { defineRule } from './define';

export const areaRestriction = defineRule({
  id: 'area-restriction',
  name: 'Area restriction',
  description: "The job's area is one the operative may work in (no areas listed = anywhere).",
  owner: 'supervisor',
  severity: 'hard',
  stage: 'job',
  find: ({ job, facts }) => (facts.areas.size === 0 || facts.areas.has(job.area) ? null : [job.area]),
  reason: (area, { job, operative }) => {
    const allowed = [...operative.areas].join(', ');
    // A job without an area cannot be shown to be inside the restriction, so it is not assumed.
    return area === ''
      ? `${job.ref} has no area recorded; ${operative.name} is restricted to ${allowed}`
      : `${job.ref} is in area ${area}; ${operative.name} works only in ${allowed}`;
  },
});
