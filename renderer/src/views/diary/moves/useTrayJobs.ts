// The tray's jobs with the moves being saved drawn in (optimistic.ts): a job dropped on the board
// leaves the tray at once, one dropped on the tray joins it, until stored or refused.
import { useMemo } from 'react';
import type { JobView } from '../../../../../shared/api/views';
import type { BoardState } from '../boardState';

export function useTrayJobs(board: BoardState): readonly JobView[] {
  const { model, optimistic } = board;
  const { leavesTray, joinsTray } = optimistic;
  return useMemo(() => {
    if (leavesTray.size === 0 && joinsTray.length === 0) return model.unscheduled;
    const joining = joinsTray.map((r) => model.jobs.get(r)).filter((j): j is JobView => j !== undefined);
    return [...model.unscheduled.filter((j) => !leavesTray.has(j.ref)), ...joining];
  }, [model, leavesTray, joinsTray]);
}
