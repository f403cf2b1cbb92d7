// SLA deadline in planner-readable form plus the live countdown / overdue marker.
import type { JobView } from '../../../../shared/api/views';
import { Chip } from '../../components/Chip';
import { localDateTime } from '../../lib/format';
import { slaClock } from './sla';

export function SlaCell({ job, now }: { job: JobView; now: string }) {
  if (!job.sla_deadline) return <span className="muted">No SLA</span>;
  const clock = slaClock(job, now);
  return (
    <span className="sla">
      <time dateTime={job.sla_deadline}>{localDateTime(job.sla_deadline)}</time>
      {clock.state === 'overdue' && <Chip tone="danger">{clock.text}</Chip>}
      {clock.state === 'due-soon' && <Chip tone="warning">{clock.text}</Chip>}
      {clock.state === 'ok' && <span className="sla-left muted">{clock.text}</span>}
    </span>
  );
}
