// One job on the dependency map: ref, trade, owner, duration, where it is placed (or
// "Unscheduled" with its earliest start), the SLA deadline and its slack. Critical jobs carry
// data-critical="true" and a visible border and badge; colour is never the only signal.
import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { MapNode } from '../../../../shared/api/areas/dependencies';
import { Chip } from '../../components/Chip';
import { dayMonth, duration, localDateTime, shortDay } from '../../lib/format';

type JobNodeData = { node: MapNode };
export type JobFlowNode = Node<JobNodeData, 'job'>;

export function slackText(n: MapNode): string {
  if (n.slack_min === null) return 'No links';
  if (n.slack_min < 0) return `Late ${duration(-n.slack_min)} (slack −${duration(-n.slack_min)})`;
  return n.slack_min === 0 ? 'No slack' : `Slack ${duration(n.slack_min)}`;
}

function whereText(n: MapNode): string {
  if (n.placement) return `${shortDay(n.placement.date)} ${n.placement.start}–${n.placement.end} · ${n.placement.operative_name}`;
  const time = n.start.slice(11);
  return `Unscheduled · from ${shortDay(n.start.slice(0, 10))}${time === '00:00' ? '' : ` ${time}`}`;
}

export const JobNode = memo(function JobNode({ data, selected }: NodeProps<JobFlowNode>) {
  const n = data.node;
  return (
    <div
      className="dep-node"
      data-job-ref={n.ref}
      data-critical={String(n.critical)}
      data-slack-min={n.slack_min ?? undefined}
      data-unrealistic={n.deadline_unrealistic || undefined}
      data-selected={selected || undefined}
      title={`${n.ref}: ${slackText(n)}${n.critical ? ' (critical path)' : ''}`}
    >
      <Handle type="target" position={Position.Left} className="dep-handle" aria-label={`Link into ${n.ref}`} />
      <div className="dep-node-head">
        <span className="dep-node-ref">{n.ref}</span>
        <span className="dep-node-trade">{n.trade}</span>
        <span className="dep-node-flag">
          {n.critical ? <Chip tone="danger">Critical</Chip> : <span className="dep-slack">{slackText(n)}</span>}
        </span>
      </div>
      <div className="dep-node-line">
        {n.owner ? <span className="dep-owner">{n.owner}</span> : <Chip tone="warning">No owner</Chip>}
        <span className="muted"> · {duration(n.duration_min)}</span>
      </div>
      <div className={n.placement ? 'dep-node-line' : 'dep-node-line muted'}>{whereText(n)}</div>
      <div className="dep-node-line">
        {n.sla_deadline ? (
          <span title={localDateTime(n.sla_deadline)}>
            Due {dayMonth(n.sla_deadline.slice(0, 10))} {n.sla_deadline.slice(11)}
          </span>
        ) : (
          <span className="muted">No SLA</span>
        )}
        {n.slack_min !== null && n.slack_min < 0 && <span className="dep-late"> · {slackText(n)}</span>}
        {n.deadline_unrealistic && (
          <Chip tone="danger" title={`Deadline unrealistic: its chain cannot finish before ${localDateTime(n.earliest_finish ?? '')}`}>
            Unrealistic
          </Chip>
        )}
      </div>
      <Handle type="source" position={Position.Right} className="dep-handle" aria-label={`Link from ${n.ref}`} />
    </div>
  );
});
