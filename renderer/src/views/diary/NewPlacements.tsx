// After an accepted auto-schedule: how many placements it made (highlighted on the board) and a
// way to clear the highlights. Goes by itself once none of them is in the diary any more (undone).
import { useEffect, useRef } from 'react';
import { setProposal, useProposal } from '../schedule/proposalStore';
import type { BoardModel } from './boardModel';

export function NewPlacements({ model }: { model: BoardModel }) {
  const proposal = useProposal();
  const applied = proposal?.phase === 'applied' ? proposal.placements : null;
  // The board still drawn from before the accept has none of them: judge only later loads.
  const firstSeen = useRef<{ applied: unknown; version: number } | null>(null);
  useEffect(() => {
    if (!applied) return;
    if (firstSeen.current?.applied !== applied) firstSeen.current = { applied, version: model.version };
    if (firstSeen.current.version === model.version) return;
    const stillThere = applied.some((p) => {
      const e = model.entries.get(p.ref);
      return e !== undefined && e.operative_id === p.operative_id && e.date === p.date;
    });
    // Only judge on a board that covers them: another week shows none of them.
    const inRange = applied.some((p) => model.dates.includes(p.date));
    if (inRange && !stillThere) setProposal(null);
  }, [applied, model]);
  if (!applied) return null;
  return (
    <div className="new-placements" role="note">
      Auto-schedule placed {applied.length} job{applied.length === 1 ? '' : 's'}: highlighted on the board.
      <button type="button" onClick={() => setProposal(null)}>
        Clear highlights
      </button>
    </div>
  );
}
