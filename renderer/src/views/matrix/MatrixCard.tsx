// A job on the matrix: drag it by its handle (pointer or keyboard) to another quadrant, or
// fine-tune its scores here. Cards in "Drop" can be archived out of the backlog.
import { memo, type ReactNode } from 'react';
import { useDraggable } from '@dnd-kit/core';
import type { JobView } from '../../../../shared/api/views';
import type { Quadrant } from '../../../../shared/matrix';
import { Chip, PriorityChip } from '../../components/Chip';
import { duration, localDateTime } from '../../lib/format';
import { Options } from '../../components/Options';

const SCORES = [1, 2, 3, 4, 5];

interface Props {
  job: JobView;
  quadrant: Quadrant;
  onScore: (ref: string, scores: { impact?: number; effort?: number }) => void;
  onArchive: (job: JobView) => void;
}

export const MatrixCard = memo(function MatrixCard({ job, quadrant, onScore, onArchive }: Props) {
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({ id: job.ref, data: { quadrant } });
  return (
    <li ref={setNodeRef} className="tile matrix-card" data-job-ref={job.ref} data-dragging={isDragging || undefined}>
      <CardHead job={job}>
        <button
          type="button"
          className="matrix-handle"
          {...listeners}
          {...attributes}
          aria-label={`Move ${job.ref}`}
          title="Drag to another quadrant (or press Space, then arrow keys)"
        >
          <span aria-hidden="true">⠿</span>
        </button>
      </CardHead>
      <div className="matrix-card-scores">
        <ScoreSelect label="Impact" job={job} value={job.impact} onChange={(impact) => onScore(job.ref, { impact })} />
        <ScoreSelect label="Effort" job={job} value={job.effort} onChange={(effort) => onScore(job.ref, { effort })} />
        {quadrant === 'drop' && (
          <button type="button" className="matrix-archive" onClick={() => onArchive(job)}>
            Archive…
          </button>
        )}
      </div>
    </li>
  );
});

export function CardHead({ job, children }: { job: JobView; children?: ReactNode }) {
  return (
    <>
      <div className="matrix-card-head">
        {children}
        <span className="matrix-card-ref">{job.ref}</span>
        <PriorityChip priority={job.priority} />
        <span className="muted">
          {job.trade} · {duration(job.duration_min)}
        </span>
      </div>
      <div className="matrix-card-line" title={job.address}>
        {job.address}
      </div>
      <div className="matrix-card-line">
        <span className="muted">{job.sla_deadline ? `Due ${localDateTime(job.sla_deadline)}` : 'No SLA'}</span>{' '}
        {job.placement ? <Chip tone="info">Placed</Chip> : <Chip tone="muted">Unscheduled</Chip>}
      </div>
    </>
  );
}

function ScoreSelect({ label, job, value, onChange }: { label: string; job: JobView; value: number; onChange: (v: number) => void }) {
  return (
    <label className="matrix-score">
      <span aria-hidden="true">{label}</span>
      <select aria-label={`${label} of ${job.ref}`} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        <Options items={SCORES} />
      </select>
    </label>
  );
}
