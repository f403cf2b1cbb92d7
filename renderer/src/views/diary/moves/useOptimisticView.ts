// The optimistic view of the moves being saved, the same object for as long as the previews that
// apply are the same ones (a move being acknowledged as stored keeps its preview), so the rows and
// the geometry memoised on it are not redrawn by the acknowledgement.
import { useRef } from 'react';
import type { BoardModel } from '../boardModel';
import { livePreviews, optimisticView, type MovePreview, type OptimisticView } from './optimistic';
import type { PendingMove } from './useMoves';

export function useOptimisticView(model: BoardModel, pending: ReadonlyMap<string, PendingMove>): OptimisticView {
  const last = useRef<{ model: BoardModel; previews: MovePreview[]; view: OptimisticView } | null>(null);
  const previews = livePreviews(
    model,
    [...pending.values()].map((p) => p.preview),
  );
  const prev = last.current;
  if (prev && prev.model === model && prev.previews.length === previews.length && prev.previews.every((p, i) => p === previews[i]))
    return prev.view;
  const view = optimisticView(model, [...new Set(previews)]);
  last.current = { model, previews, view };
  return view;
}
