// Dependency graphs over job refs. Edges point from predecessor to successor
// (finish-to-start); nodes are numbered in first-seen order so results are deterministic.

export interface Edge {
  pred_ref: string;
  succ_ref: string;
}

export interface IndexedGraph {
  names: string[];
  ids: Map<string, number>;
  /** Successor ids per node, in edge order. */
  succ: number[][];
}

export function indexGraph(nodes: Iterable<string>, edges: Iterable<Edge>): IndexedGraph {
  const names: string[] = [];
  const ids = new Map<string, number>();
  const succ: number[][] = [];
  const id = (name: string): number => {
    let i = ids.get(name);
    if (i === undefined) {
      i = names.length;
      ids.set(name, i);
      names.push(name);
      succ.push([]);
    }
    return i;
  };
  for (const n of nodes) id(n);
  for (const e of edges) {
    const p = id(e.pred_ref);
    succ[p]!.push(id(e.succ_ref));
  }
  return { names, ids, succ };
}

/** `J-1 → J-2 → J-3 → J-1` for the cycle ['J-1', 'J-2', 'J-3']. */
export function describeCycle(cycle: readonly string[]): string {
  return [...cycle, cycle[0]].join(' → ');
}

/** The same cycle read from `start` (which must be on it). */
export function rotateCycle(cycle: readonly string[], start: string): string[] {
  const i = cycle.indexOf(start);
  return i <= 0 ? [...cycle] : [...cycle.slice(i), ...cycle.slice(0, i)];
}
