// Automatic layered layout (ELK, left to right: predecessors before successors). Jobs with no
// links have nothing to layer: they go in a grid below, which also keeps ELK's work small.
import type ElkConstructor from 'elkjs/lib/elk.bundled.js';
import type { MapNode } from '../../../../shared/api/areas/dependencies';

export const NODE_WIDTH = 252;
export const NODE_HEIGHT = 104;
const GAP = 24;

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

// ELK is large (~1.5 MB): loaded on first use, so the rest of the app starts without it.
let elk: Promise<InstanceType<typeof ElkConstructor>> | null = null;
const loadElk = () => (elk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default()));

export async function layoutMap(nodes: readonly MapNode[], links: readonly { pred_ref: string; succ_ref: string }[]): Promise<Positions> {
  const chained = nodes.filter((n) => n.chain);
  const shown = new Set(chained.map((n) => n.ref));
  const graph = await (
    await loadElk()
  ).layout({
    id: 'map',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.layered.spacing.nodeNodeBetweenLayers': '64',
      'elk.spacing.nodeNode': String(GAP),
      'elk.spacing.componentComponent': '40',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
    },
    children: chained.map((n) => ({ id: n.ref, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges: links
      .filter((l) => shown.has(l.pred_ref) && shown.has(l.succ_ref))
      .map((l) => ({ id: `${l.pred_ref}>${l.succ_ref}`, sources: [l.pred_ref], targets: [l.succ_ref] })),
  });
  const out = new Map<string, { x: number; y: number }>();
  let bottom = 0;
  for (const c of graph.children ?? []) {
    out.set(c.id, { x: c.x ?? 0, y: c.y ?? 0 });
    bottom = Math.max(bottom, (c.y ?? 0) + NODE_HEIGHT);
  }
  const lone = nodes.filter((n) => !n.chain);
  const perRow = Math.max(4, Math.ceil(Math.sqrt(lone.length)));
  const top = chained.length ? bottom + 80 : 0;
  lone.forEach((n, i) => out.set(n.ref, { x: (i % perRow) * (NODE_WIDTH + GAP), y: top + Math.floor(i / perRow) * (NODE_HEIGHT + GAP) }));
  return out;
}
