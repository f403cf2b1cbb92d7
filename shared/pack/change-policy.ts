// change-policy.json: what operations may change on the day without asking, what needs the
// planner's sign-off, and the notice each change requires. Every deviation is logged with a
// reason either way (deviations are learning, not blame).

export interface ChangeRule {
  change: string;
  description: string;
  /** Minimum notice before the visit's planned start, in minutes (0 = on the day is fine). */
  notice_min: number;
}

/** One editable rule per kind of change (issue 15; schema_version 2). */
export interface PackChangeKindRule {
  kind: string;
  description: string;
  who: string[];
  mode: 'free' | 'signoff' | 'notice';
  notice_hours: number;
}

export interface ChangePolicy {
  schema_version: 1 | 2;
  /** The workspace's editable policy per change kind (schema_version 2). */
  kinds?: PackChangeKindRule[];
  free: ChangeRule[];
  planner_signoff: ChangeRule[];
  never: ChangeRule[];
  log_every_deviation: true;
  contact: string;
}

export const DEFAULT_CHANGE_POLICY: ChangePolicy = {
  schema_version: 1,
  free: [
    {
      change: 'resequence-within-day',
      description: "Change the order of an operative's visits on the same day, keeping every appointment window",
      notice_min: 0,
    },
    { change: 'retime-within-window', description: 'Start a visit earlier or later inside its appointment window', notice_min: 0 },
    { change: 'record-outcome', description: 'Record completed, no access, abortive, needs follow-on or ran long', notice_min: 0 },
  ],
  planner_signoff: [
    {
      change: 'reassign-operative',
      description: 'Give a visit to another operative with the required trade and competences',
      notice_min: 60,
    },
    { change: 'move-day', description: 'Move a visit to another day', notice_min: 240 },
    {
      change: 'retime-outside-window',
      description: 'Start a visit outside its appointment window (the tenant must agree)',
      notice_min: 120,
    },
    {
      change: 'add-visit',
      description: 'Add a visit that is not in this plan (emergencies: do it, then tell the planner at once)',
      notice_min: 0,
    },
    { change: 'cancel-visit', description: 'Cancel or defer a visit', notice_min: 120 },
  ],
  never: [
    {
      change: 'break-hard-rule',
      description: 'Send an operative without the competence, certificate or clearance a job needs, or against a supervisor flag',
      notice_min: 0,
    },
  ],
  log_every_deviation: true,
  contact: 'The planner who published this version (see plan.json published_by).',
};
