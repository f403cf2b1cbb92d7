// Kahn's algorithm. Ties go to the earliest node (order of `nodes`, then edges) so the
// order is stable across runs and follows the planner's own listing where it can.
import { indexGraph, type Edge } from './graph';

/** Every node with predecessors before successors, or null if the graph has a cycle. */
export function topologicalOrder(nodes: Iterable<string>, edges: Iterable<Edge>): string[] | null {
  const g = indexGraph(nodes, edges);
  const n = g.names.length;
  const indegree = new Int32Array(n);
  for (const succ of g.succ) for (const w of succ) indegree[w]!++;
  const ready = new MinHeap();
  for (let v = 0; v < n; v++) if (indegree[v] === 0) ready.push(v);
  const order: string[] = [];
  while (ready.size > 0) {
    const v = ready.pop();
    order.push(g.names[v]!);
    for (const w of g.succ[v]!) if (--indegree[w]! === 0) ready.push(w);
  }
  return order.length === n ? order : null;
}

class MinHeap {
  private readonly a: number[] = [];
  get size(): number {
    return this.a.length;
  }
  push(x: number): void {
    const a = this.a;
    let i = a.push(x) - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]! <= x) break;
      a[i] = a[p]!;
      i = p;
    }
    a[i] = x;
  }
  pop(): number {
    const a = this.a;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        const c = l + 1 < a.length && a[l + 1]! < a[l]! ? l + 1 : l;
        if (a[c]! >= last) break;
        a[i] = a[c]!;
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}
