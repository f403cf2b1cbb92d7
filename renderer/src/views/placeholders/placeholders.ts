// What each not-yet-built view will hold, so the frame is honest about the roadmap.
import type { ViewId } from '../../app/routes';

export interface PlaceholderSpec {
  title: string;
  summary: string;
  holds: string[];
}

export const PLACEHOLDERS: Record<Extract<ViewId, 'dependencies' | 'matrix' | 'publish' | 'roster'>, PlaceholderSpec> = {
  dependencies: {
    title: 'Dependencies',
    summary: 'The dependency map: which jobs must finish before others can start.',
    holds: [
      'Finish-to-start links between jobs, with lag',
      'The critical path through the plan',
      'The knock-on effect of a slipped job, and review flags when a milestone slips more than 2 days',
    ],
  },
  matrix: {
    title: 'Matrix',
    summary: 'The impact/effort prioritisation matrix.',
    holds: [
      'Every open job placed on a 2×2 by impact and effort',
      'High impact & low effort first; high impact & high effort scheduled',
      'Low impact work to defer or drop — urgency alone is not priority',
    ],
  },
  publish: {
    title: 'Publish',
    summary: 'The handoff to operations.',
    holds: [
      'Freeze a date range into a versioned, signed plan pack',
      'Per-operative run sheets and the change-control policy',
      'Plan versus actuals, and failed visits queued for rebooking',
    ],
  },
  roster: {
    title: 'Roster',
    summary: 'Team availability over time.',
    holds: [
      'Working patterns and absences per operative per day',
      'Reduced duties, area restrictions and supervisor flags with review dates',
      'Certificates approaching expiry',
    ],
  },
};
