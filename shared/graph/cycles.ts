// Cycle detection with an iterative Tarjan SCC pass (no recursion, so 5,000-node chains
// can't overflow the stack). One cycle is reported per strongly connected component:
// listing every elementary cycle can be exponential, and fixing one usually reveals the next.
import { indexGraph, type Edge, type IndexedGraph } from './graph';

/**
 * Cycles as ordered ref lists without repeating the first ref: ['J-1', 'J-2'] means
 * J-1 → J-2 → J-1. Each starts at its component's earliest node (order of `nodes`, then edges).
 */
export function findCycles(nodes: Iterable<string>, edges: Iterable<Edge>): string[][] {
  const g = indexGraph(nodes, edges);
  return stronglyConnected(g)
    .filter((scc) => scc.length > 1 || g.succ[scc[0]!]!.includes(scc[0]!))
    .map((scc) => cycleThrough(g, scc))
    .sort((a, b) => g.ids.get(a[0]!)! - g.ids.get(b[0]!)!);
}

/** The first cycle in the graph, or null if it is acyclic. */
export function findCycle(edges: Iterable<Edge>): string[] | null {
  return findCycles([], edges)[0] ?? null;
}

/** Tarjan's algorithm with an explicit call stack. Each component's ids come back sorted. */
function stronglyConnected(g: IndexedGraph): number[][] {
  const n = g.names.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const next = new Int32Array(n); // next successor position to explore per node
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const calls: number[] = [];
  const out: number[][] = [];
  let counter = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const enter = (v: number) => {
      index[v] = low[v] = counter++;
      stack.push(v);
      onStack[v] = 1;
      calls.push(v);
    };
    enter(root);
    while (calls.length > 0) {
      const v = calls[calls.length - 1]!;
      const succ = g.succ[v]!;
      if (next[v]! < succ.length) {
        const w = succ[next[v]!++]!;
        if (index[w] === -1) enter(w);
        else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      calls.pop();
      const parent = calls[calls.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[v]!);
      if (low[v] === index[v]) {
        const scc: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          scc.push(w);
        } while (w !== v);
        out.push(scc.sort((a, b) => a - b));
      }
    }
  }
  return out;
}

/** Shortest cycle through the component's first node (BFS inside the component). */
function cycleThrough(g: IndexedGraph, scc: number[]): string[] {
  const start = scc[0]!;
  const inScc = new Set(scc);
  const parent = new Map<number, number>([[start, -1]]);
  const queue = [start];
  for (let qi = 0; qi < queue.length; qi++) {
    const v = queue[qi]!;
    for (const w of g.succ[v]!) {
      if (w === start) return pathTo(g, parent, v);
      if (!inScc.has(w) || parent.has(w)) continue;
      parent.set(w, v);
      queue.push(w);
    }
  }
  throw new Error('unreachable: a strongly connected component always has a cycle');
}

function pathTo(g: IndexedGraph, parent: Map<number, number>, end: number): string[] {
  const path: string[] = [];
  for (let v = end; v !== -1; v = parent.get(v)!) path.push(g.names[v]!);
  return path.reverse();
}
