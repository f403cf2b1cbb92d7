// The map itself: React Flow with the ELK layout, one custom node per job, one edge per link
// (labelled with its lag; critical links drawn heavier). Drawing from a job's right handle to
// another's left handle asks for a link; selecting a link and pressing Delete removes it.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  Panel,
  ReactFlow,
  useReactFlow,
  useStore,
  type Edge,
  type EdgeChange,
  type NodeTypes,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { MapNode } from '../../../../shared/api/areas/dependencies';
import { duration } from '../../lib/format';
import { JobNode, type JobFlowNode } from './JobNode';
import { layoutMap, NODE_HEIGHT, NODE_WIDTH, type Positions } from './layout';
import { useDocumentTheme } from './useDocumentTheme';

type Link = { pred_ref: string; succ_ref: string; lag_min: number };

interface Props {
  nodes: readonly MapNode[];
  links: readonly Link[];
  selected: string | null;
  /** Zoom to this job once laid out. */
  focus: string | null;
  onSelect: (ref: string | null) => void;
  onConnect: (pred: string, succ: string) => void;
  onRemoveLink: (pred: string, succ: string) => void;
}

const NODE_TYPES: NodeTypes = { job: JobNode };
const edgeId = (l: { pred_ref: string; succ_ref: string }) => `${l.pred_ref}>${l.succ_ref}`;

export function DependencyMap({ nodes, links, selected, focus, onSelect, onConnect, onRemoveLink }: Props) {
  const theme = useDocumentTheme();
  const [positions, setPositions] = useState<Positions | null>(null);
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null);
  const shape = useMemo(() => `${nodes.map((n) => `${n.ref}:${n.chain ?? ''}`).join(',')}|${links.map(edgeId).join(',')}`, [nodes, links]);

  // Re-layout only when the graph's shape changes, not on every data refresh (which brings new
  // arrays of the same graph): the effect keys on `shape` and lays out the latest arrays.
  const graph = useRef({ nodes, links });
  graph.current = { nodes, links };
  useEffect(() => {
    let live = true;
    void layoutMap(graph.current.nodes, graph.current.links).then((p) => live && setPositions(p));
    return () => {
      live = false;
    };
  }, [shape]);

  const byRef = useMemo(() => new Map(nodes.map((n) => [n.ref, n])), [nodes]);
  const flowNodes = useMemo<JobFlowNode[]>(
    () =>
      nodes.map((n) => ({
        id: n.ref,
        type: 'job',
        position: positions?.get(n.ref) ?? { x: 0, y: 0 },
        data: { node: n },
        selected: n.ref === selected,
        deletable: false,
        draggable: false,
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
      })),
    [nodes, positions, selected],
  );
  const flowEdges = useMemo<Edge[]>(
    () =>
      links
        .filter((l) => byRef.has(l.pred_ref) && byRef.has(l.succ_ref))
        .map((l) => {
          const critical = isCriticalLink(byRef.get(l.pred_ref)!, byRef.get(l.succ_ref)!, l.lag_min);
          return {
            id: edgeId(l),
            source: l.pred_ref,
            target: l.succ_ref,
            selected: edgeId(l) === selectedEdge,
            label: l.lag_min ? `+${duration(l.lag_min)}` : undefined,
            className: critical ? 'dep-edge dep-edge-critical' : 'dep-edge',
            markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
            ariaLabel: `${l.pred_ref} before ${l.succ_ref}${l.lag_min ? ` with ${duration(l.lag_min)} lag` : ''}`,
          };
        }),
    [links, byRef, selectedEdge],
  );

  const onEdgesChange = (changes: EdgeChange[]) => {
    for (const c of changes) if (c.type === 'select') setSelectedEdge((s) => (c.selected ? c.id : s === c.id ? null : s));
  };
  const edgeLink = selectedEdge ? links.find((l) => edgeId(l) === selectedEdge) : undefined;

  if (!positions) return <p className="load-state muted">Laying out the map…</p>;
  return (
    <ReactFlow
      nodes={flowNodes}
      edges={flowEdges}
      nodeTypes={NODE_TYPES}
      colorMode={theme}
      fitView
      minZoom={0.1}
      nodesDraggable={false}
      onlyRenderVisibleElements={nodes.length > 300}
      onNodeClick={(_e, node) => onSelect(node.id)}
      onPaneClick={() => {
        onSelect(null);
        setSelectedEdge(null);
      }}
      onEdgesChange={onEdgesChange}
      onEdgesDelete={(edges) => edges.forEach((e) => onRemoveLink(e.source, e.target))}
      deleteKeyCode={['Delete', 'Backspace']}
      isValidConnection={(c) => c.source !== c.target}
      onConnect={(c) => c.source && c.target && onConnect(c.source, c.target)}
      proOptions={{ hideAttribution: true }}
    >
      <Background gap={24} />
      <Controls showInteractive={false} />
      <MiniMap pannable zoomable nodeClassName={(n) => (byRef.get(n.id)?.critical ? 'dep-mini-critical' : 'dep-mini')} />
      {edgeLink && (
        <Panel position="top-right" className="dep-edge-panel">
          <span>
            {edgeLink.pred_ref} → {edgeLink.succ_ref}
            {edgeLink.lag_min ? ` (+${duration(edgeLink.lag_min)})` : ''}
          </span>
          <button type="button" onClick={() => onRemoveLink(edgeLink.pred_ref, edgeLink.succ_ref)}>
            Remove link
          </button>
        </Panel>
      )}
      <ZoomTo focus={focus} shape={shape} />
      <ZoomDetail />
    </ReactFlow>
  );
}

/** A link is on the critical path when both ends are and the successor waits exactly for it. */
function isCriticalLink(pred: MapNode, succ: MapNode, lag: number): boolean {
  if (!pred.critical || !succ.critical) return false;
  return addMinutes(pred.end, lag) === succ.start;
}

function addMinutes(local: string, min: number): string {
  const d = new Date(`${local}:00Z`);
  return new Date(d.getTime() + min * 60_000).toISOString().slice(0, 16);
}

/** Below this zoom a node's detail lines are hidden and its ref drawn larger (dependencies.css). */
export const LOW_DETAIL_ZOOM = 0.6;

/** Tells the map's stylesheet the zoom: `data-detail` and `--map-zoom` on the React Flow element. */
function ZoomDetail() {
  const zoom = useStore((s) => s.transform[2]);
  const dom = useStore((s) => s.domNode);
  useEffect(() => {
    if (!dom) return;
    dom.dataset.detail = zoom < LOW_DETAIL_ZOOM ? 'low' : 'full';
    dom.style.setProperty('--map-zoom', zoom.toFixed(3));
  }, [zoom, dom]);
  return null;
}

/** Fits the whole map when its shape changes, or zooms to the focused job. */
function ZoomTo({ focus, shape }: { focus: string | null; shape: string }) {
  const flow = useReactFlow();
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      if (focus && flow.getNode(focus)) void flow.fitView({ nodes: [{ id: focus }], maxZoom: 1.1, duration: 250 });
      else void flow.fitView({ maxZoom: 1.1 });
    });
    return () => cancelAnimationFrame(id);
  }, [focus, shape, flow]);
  return null;
}
