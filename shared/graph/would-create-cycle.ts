// Checked while a planner draws a link: adding pred → succ closes a cycle exactly when
// pred is already reachable from succ.
import { indexGraph, type Edge } from './graph';

/** The cycle the new link would close, starting [pred, succ, ...], or null if it is safe. */
export function wouldCreateCycle(edges: Iterable<Edge>, newEdge: Edge): string[] | null {
  const { pred_ref: pred, succ_ref: succ } = newEdge;
  if (pred === succ) return [pred];
  const g = indexGraph([pred, succ], edges);
  const target = g.ids.get(pred)!;
  const from = g.ids.get(succ)!;
  const parent = new Map<number, number>([[from, -1]]);
  const queue = [from];
  for (let qi = 0; qi < queue.length; qi++) {
    const v = queue[qi]!;
    for (const w of g.succ[v]!) {
      if (parent.has(w)) continue;
      parent.set(w, v);
      if (w === target) {
        const back: string[] = [];
        for (let x = parent.get(w)!; x !== -1; x = parent.get(x)!) back.push(g.names[x]!);
        return [pred, ...back.reverse()];
      }
      queue.push(w);
    }
  }
  return null;
}
