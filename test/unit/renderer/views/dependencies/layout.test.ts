// The dependency map's layout (ELK, left to right) on the backend's real map: every job drawn
// after the jobs it waits for, no two cards on top of each other, unlinked jobs in a grid below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapNode } from '../../../../../shared/api/areas/dependencies';
import { slackText } from '../../../../../renderer/src/views/dependencies/JobNode';
import { NODE_HEIGHT, NODE_WIDTH, layoutMap, type Positions } from '../../../../../renderer/src/views/dependencies/layout';
import { call, goodWorkspace } from '../../../backend/temp-workspace';

interface MapData {
  nodes: MapNode[];
  links: { pred_ref: string; succ_ref: string }[];
}

let map: MapData;
let positions: Positions;
let close: () => void;
beforeAll(async () => {
  const ws = await goodWorkspace();
  close = () => ws.close();
  map = await call(ws, 'dependencies/get-map', { include_unlinked: true });
  positions = await layoutMap(map.nodes, map.links);
});
afterAll(() => close());

describe('dependency map layout', () => {
  it('places every job, and each one right of the jobs it waits for', () => {
    expect(map.links.length).toBeGreaterThan(0);
    expect([...positions.keys()].sort()).toEqual(map.nodes.map((n) => n.ref).sort());
    for (const l of map.links) expect(positions.get(l.succ_ref)!.x).toBeGreaterThanOrEqual(positions.get(l.pred_ref)!.x + NODE_WIDTH);
  });

  it('never draws two cards on top of each other', () => {
    const boxes = [...positions.values()];
    for (let i = 0; i < boxes.length; i++)
      for (let k = i + 1; k < boxes.length; k++) {
        const a = boxes[i]!;
        const b = boxes[k]!;
        const apart = a.x + NODE_WIDTH <= b.x || b.x + NODE_WIDTH <= a.x || a.y + NODE_HEIGHT <= b.y || b.y + NODE_HEIGHT <= a.y;
        expect(apart).toBe(true);
      }
  });

  it('puts jobs with no links in a grid below the chains', () => {
    const chained = map.nodes.filter((n) => n.chain);
    const lone = map.nodes.filter((n) => !n.chain);
    expect(lone.length).toBeGreaterThan(0);
    const chainsBottom = Math.max(...chained.map((n) => positions.get(n.ref)!.y + NODE_HEIGHT));
    for (const n of lone) expect(positions.get(n.ref)!.y).toBeGreaterThan(chainsBottom);
  });

  it('says how much slack a job has', () => {
    const node = map.nodes[0]!;
    expect(slackText({ ...node, slack_min: null })).toBe('No links');
    expect(slackText({ ...node, slack_min: 0 })).toBe('No slack');
    expect(slackText({ ...node, slack_min: 90 })).toBe('Slack 1h 30m');
  });
});
