// The tray's jobs with the moves being saved drawn in (optimistic.ts): a job dropped on the tray
// joins it at once, until stored or refused. A job dropped on the board stays in this list (the
// tray leaves its place empty): filtering and sorting the tray again at every drop costs the drop
// several ms, and the list is re-read anyway once the move is adopted.
import { useMemo } from 'react';
import type { JobView } from '../../../../../shared/api/views';
import type { BoardState } from '../boardState';

export function useTrayJobs(board: BoardState): readonly JobView[] {
  const { model, optimistic } = board;
  const { joinsTray } = optimistic;
  return useMemo(() => {
    if (joinsTray.length === 0) return model.unscheduled;
    const joining = joinsTray.map((r) => model.jobs.get(r)).filter((j): j is JobView => j !== undefined);
    return [...model.unscheduled, ...joining];
  }, [model, joinsTray]);
}
