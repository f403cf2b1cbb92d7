// Shared graph builders for the graph tests.
import type { Edge } from '../../../../shared/graph';

export const e = (pred_ref: string, succ_ref: string): Edge => ({ pred_ref, succ_ref });

/** J-0 → J-1 → … → J-(n-1). */
export const chain = (n: number): Edge[] => Array.from({ length: n - 1 }, (_, i) => e(`J-${i}`, `J-${i + 1}`));

/** Every consecutive pair of the cycle, including last → first, must be an edge, with no repeats. */
export function isCycleOf(cycle: string[], edges: Edge[]): boolean {
  const set = new Set(edges.map((x) => `${x.pred_ref}>${x.succ_ref}`));
  return (
    cycle.length > 0 && cycle.every((n, i) => set.has(`${n}>${cycle[(i + 1) % cycle.length]}`)) && new Set(cycle).size === cycle.length
  );
}
