// A job not in the diary (the Unscheduled tray, the Rebooking queue), drawn as a tray card from
// the board state: never timed, pinned or in breach of a placement, draggable onto the diary.
import type { JobView } from '../../../../../shared/api/views';
import type { BoardState } from '../boardState';
import { JobCard } from './JobCard';
import { isSaving } from '../moves/useMoves';

export function UnplacedCard({ job, board }: { job: JobView; board: BoardState }) {
  return (
    <JobCard
      job={job}
      variant="tray"
      times={null}
      pinned={false}
      breach={false}
      now={board.now}
      selected={board.selection.has(job.ref)}
      pending={isSaving(board.pending, job.ref)}
      onSelect={board.onSelect}
    />
  );
}
