// SLA countdown state for one job at a given moment. Closed jobs have no clock running.
import { slaMinutesLeft } from '../../../../shared/sla';
import type { JobView } from '../../../../shared/api/views';
import { duration } from '../../lib/format';

type SlaState = 'none' | 'closed' | 'overdue' | 'due-soon' | 'ok';

/** Under a day left counts as "due soon": it needs planning today. */
const DUE_SOON_MIN = 24 * 60;
const CLOSED = new Set(['done', 'cancelled', 'archived']);

export interface SlaClock {
  state: SlaState;
  minutesLeft: number | null;
  /** 'Overdue 2d 3h', '5h 20m left', or '' when no clock runs. */
  text: string;
}

export function slaClock(job: Pick<JobView, 'sla_deadline' | 'status'>, nowLocal: string): SlaClock {
  if (!job.sla_deadline) return { state: 'none', minutesLeft: null, text: '' };
  if (CLOSED.has(job.status)) return { state: 'closed', minutesLeft: null, text: '' };
  let left: number;
  try {
    left = slaMinutesLeft(job.sla_deadline, nowLocal);
  } catch {
    return { state: 'none', minutesLeft: null, text: '' };
  }
  if (left < 0) return { state: 'overdue', minutesLeft: left, text: `Overdue ${duration(-left)}` };
  return { state: left < DUE_SOON_MIN ? 'due-soon' : 'ok', minutesLeft: left, text: `${duration(left)} left` };
}
