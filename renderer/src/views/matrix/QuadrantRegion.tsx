// One quadrant of the 2x2: a labelled region (its accessible name is the quadrant's name) and
// a drop target. Long quadrants show the first cards in matrix order and say how many more.
import { useDroppable } from '@dnd-kit/core';
import type { JobView } from '../../../../shared/api/views';
import { QUADRANT_LABELS, type Quadrant } from '../../../../shared/matrix';
import { MatrixCard } from './MatrixCard';

const MAX_CARDS = 100;

const HINTS: Record<Quadrant, string> = {
  'do-first': 'High impact, low effort',
  schedule: 'High impact, high effort',
  defer: 'Low impact, low effort',
  drop: 'Low impact, high effort',
};

interface Props {
  quadrant: Quadrant;
  jobs: readonly JobView[];
  onScore: (ref: string, scores: { impact?: number; effort?: number }) => void;
  onArchive: (job: JobView) => void;
}

export function QuadrantRegion({ quadrant, jobs, onScore, onArchive }: Props) {
  const { setNodeRef, isOver } = useDroppable({ id: quadrant });
  const label = QUADRANT_LABELS[quadrant];
  return (
    <section
      ref={setNodeRef}
      role="region"
      aria-label={label}
      className="matrix-quadrant"
      data-quadrant={quadrant}
      data-over={isOver || undefined}
    >
      <header className="matrix-quadrant-head">
        <h2>{label}</h2>
        <span className="muted">{HINTS[quadrant]}</span>
        <span className="matrix-count">{jobs.length}</span>
      </header>
      {jobs.length === 0 ? (
        <p className="muted matrix-empty">No jobs here.</p>
      ) : (
        <ol className="matrix-cards">
          {jobs.slice(0, MAX_CARDS).map((j) => (
            <MatrixCard key={j.ref} job={j} quadrant={quadrant} onScore={onScore} onArchive={onArchive} />
          ))}
        </ol>
      )}
      {jobs.length > MAX_CARDS && (
        <p className="muted matrix-more">
          Showing the first {MAX_CARDS} of {jobs.length} in matrix order; filter to narrow.
        </p>
      )}
    </section>
  );
}
