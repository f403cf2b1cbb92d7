// Chains: the connected sets of linked jobs (links read in either direction). A job with no
// link is in no chain. Each chain lists its jobs predecessors-first and is named after the
// first of them, so the name stays put while jobs are added further down the chain.
import type { Edge } from './graph';
import { topologicalOrder } from './topological';

export interface Chain {
  /** The chain's first job in dependency order (ties: the lowest ref). */
  id: string;
  /** Every job in the chain, predecessors before successors. */
  refs: string[];
}

/** Chains over `edges`, sorted by id. A cyclic component (never stored) comes back in ref order. */
export function findChains(edges: readonly Edge[]): Chain[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let y = x; y !== root;) {
      const next = parent.get(y)!;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  for (const e of edges) {
    if (e.pred_ref === e.succ_ref) continue; // a self-link links nothing
    for (const r of [e.pred_ref, e.succ_ref]) if (!parent.has(r)) parent.set(r, r);
    const a = find(e.pred_ref);
    const b = find(e.succ_ref);
    if (a !== b) parent.set(a, b);
  }
  const members = new Map<string, string[]>();
  for (const r of [...parent.keys()].sort(byRef)) {
    const root = find(r);
    const list = members.get(root);
    if (list) list.push(r);
    else members.set(root, [r]);
  }
  const edgesOf = new Map<string, Edge[]>();
  for (const e of edges) {
    if (e.pred_ref === e.succ_ref) continue;
    const root = find(e.pred_ref);
    const list = edgesOf.get(root);
    if (list) list.push(e);
    else edgesOf.set(root, [e]);
  }
  const chains: Chain[] = [];
  for (const [root, refs] of members) {
    const ordered = topologicalOrder(refs, edgesOf.get(root) ?? []) ?? refs;
    chains.push({ id: ordered[0]!, refs: ordered });
  }
  return chains.sort((a, b) => byRef(a.id, b.id));
}

/** ref → chain id, for the jobs that are in a chain. */
export function chainIndex(chains: readonly Chain[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of chains) for (const r of c.refs) out.set(r, c.id);
  return out;
}

// Plain code-unit order (no Intl: the packaged runtime may lack full ICU data).
function byRef(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
