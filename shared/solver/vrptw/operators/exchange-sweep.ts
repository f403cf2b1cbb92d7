// The travel changes of the local search's six Exchange operators for one pair (u, v), computed
// together: they share the nodes around u and v and most of the arcs, so the links and locations
// are read once instead of once per operator (the pruning test is the search's hot loop: about
// 95% of the pairs stop here). Every value is the very expression Exchange.travelChange
// evaluates, operand for operand, so the search takes the same steps, only sooner.
import type { RouteState } from '../route-state';
import { Exchange } from './exchange';

/** The operators the sweep prices, in the order the search tries them (defaultOperators()). */
export function sweptOperators(): Exchange[] {
  return [new Exchange(1, 0), new Exchange(2, 0), new Exchange(2, 0, true), new Exchange(1, 1), new Exchange(2, 1), new Exchange(2, 2)];
}

/** Number of values `exchangeTravelChanges` writes. */
export const SWEPT = 6;

/**
 * Writes into out[0..6) the travel change of Exchange ⟨1,0⟩, ⟨2,0⟩, ⟨2,0⟩ reversed, ⟨1,1⟩, ⟨2,1⟩
 * and ⟨2,2⟩ for jobs u ≠ v (Infinity where the move does not apply), as travelChange gives them.
 */
export function exchangeTravelChanges(s: RouteState, u: number, v: number, out: Float64Array): void {
  const nJobs = s.nJobs;
  const { succ, pred, positionIndex: pos, routeIndex } = s;
  const { D, loc, nLoc } = s.nodes;
  const same = routeIndex[u] === routeIndex[v];
  const pu = pred[u]!;
  const x = succ[u]!;
  const pv = pred[v]!;
  const y = succ[v]!;
  const lu = loc[u]!;
  const lx = loc[x]!;
  const lv = loc[v]!;
  const ly = loc[y]!;
  const lpu = loc[pu]! * nLoc;
  const lpv = loc[pv]! * nLoc;
  const lvN = lv * nLoc;
  const luN = lu * nLoc;
  const lxN = lx * nLoc;
  const posU = pos[u]!;
  const posV = pos[v]!;
  const uTwo = x < nJobs; // u starts a two-job segment
  const vTwo = y < nJobs;
  const xx = uTwo ? succ[x]! : -1;
  const yy = vTwo ? succ[y]! : -1;
  const lxx = uTwo ? loc[xx]! : -1;
  const lyy = vTwo ? loc[yy]! : -1;

  // ⟨1,0⟩: u after v.
  out[0] =
    v === pu || (same && posV === posU)
      ? Infinity
      : D[lpu + lx]! - D[lpu + lu]! - D[luN + lx]! + D[lvN + lu]! + D[luN + ly]! - D[lvN + ly]!;
  // ⟨2,0⟩ and reversed: u x after v.
  if (!uTwo || v === pu || (same && posV >= posU && posV <= pos[x]!)) {
    out[1] = Infinity;
    out[2] = Infinity;
  } else {
    out[1] = D[lpu + lxx]! - D[lpu + lu]! - D[lxN + lxx]! + D[lvN + lu]! + D[lxN + ly]! - D[lvN + ly]!;
    out[2] = D[lpu + lxx]! - D[lpu + lu]! - D[lxN + lxx]! + D[lvN + lx]! + D[luN + ly]! - D[lvN + ly]!;
  }
  // ⟨1,1⟩ (each unordered pair once), ⟨2,1⟩, ⟨2,2⟩ (once).
  out[3] = u > v ? Infinity : swapChange(D, same, u, u, v, v, x, y, posU, posU, posV, posV, lpu, lu, luN, lx, lpv, lv, lvN, ly);
  out[4] = !uTwo ? Infinity : swapChange(D, same, u, x, v, v, xx, y, posU, pos[x]!, posV, posV, lpu, lu, lxN, lxx, lpv, lv, lvN, ly);
  out[5] =
    !uTwo || !vTwo || u > v
      ? Infinity
      : swapChange(D, same, u, x, v, y, xx, yy, posU, pos[x]!, posV, pos[y]!, lpu, lu, lxN, lxx, lpv, lv, loc[y]! * nLoc, lyy);
}

/** Exchange.swapChange (not reversed) with its nodes given: segments u..uLast and v..vLast, followed by afterU and afterV. */
function swapChange(
  D: Float64Array,
  same: boolean,
  u: number,
  uLast: number,
  v: number,
  vLast: number,
  afterU: number,
  afterV: number,
  posU: number,
  posUL: number,
  posV: number,
  posVL: number,
  lpu: number,
  lu: number,
  luLN: number,
  laU: number,
  lpv: number,
  lv: number,
  lvLN: number,
  laV: number,
): number {
  if (same && afterU === v) return D[lpu + lv]! + D[lvLN + lu]! + D[luLN + laV]! - D[lpu + lu]! - D[luLN + lv]! - D[lvLN + laV]!;
  if (same && afterV === u) return D[lpv + lu]! + D[luLN + lv]! + D[lvLN + laU]! - D[lpv + lv]! - D[lvLN + lu]! - D[luLN + laU]!;
  if (same && !(posUL < posV || posVL < posU)) return Infinity;
  const made = D[lpu + lv]! + D[lvLN + laU]! + D[lpv + lu]! + D[luLN + laV]!;
  return made - (D[lpu + lu]! + D[luLN + laU]! + D[lpv + lv]! + D[lvLN + laV]!);
}

/** Number of values `penaltyFloors` writes: the six Exchange operators, then 2-opt*. */
export const FLOORS = SWEPT + 1;

/**
 * For u and v on different routes of identical vehicles (no per-vehicle windows or costs, no
 * overtime): a lower bound on the change of the two routes' penalties for each operator of the
 * sweep, then 2-opt* — the load excess exactly, the time warp at least that of the prefix and
 * suffix each route keeps (a concatenation never has less time warp than its parts). The travel
 * change plus this floor bounds the move's cost change from below, so a move whose bound does not
 * improve is skipped unpriced: more pruning than "penalties may all vanish", same moves applied.
 */
export function penaltyFloors(s: RouteState, u: number, v: number, out: Float64Array): void {
  const nJobs = s.nJobs;
  const { succ, pred, routeIndex } = s;
  const { demand, capacity } = s.nodes;
  const fq = s.fwd.q;
  const ftw = s.fwd.tw;
  const btw = s.bwd.tw;
  const ru = routeIndex[u]!;
  const rv = routeIndex[v]!;
  const pl = s.penaltyLoad;
  const pt = s.penaltyTw;
  const qU = fq[s.endOf(ru)]!;
  const qV = fq[s.endOf(rv)]!;
  const capU = capacity[ru]!;
  const capV = capacity[rv]!;
  const before = pl * (s.loadExcess(ru) + s.loadExcess(rv)) + pt * (s.timeWarp(ru) + s.timeWarp(rv));
  const pu = pred[u]!;
  const pv = pred[v]!;
  const x = succ[u]!;
  const y = succ[v]!;
  const xJob = x < nJobs;
  const yJob = y < nJobs;
  const xx = xJob ? succ[x]! : nJobs;
  const yy = yJob ? succ[y]! : nJobs;
  // Time warp kept: of a prefix ending at a node, of a suffix starting at one (0 at a depot).
  const twPu = pu < nJobs ? ftw[pu]! : 0;
  const twPv = pv < nJobs ? ftw[pv]! : 0;
  const twX = xJob ? btw[x]! : 0;
  const twY = yJob ? btw[y]! : 0;
  const twXX = xx < nJobs ? btw[xx]! : 0;
  const twYY = yy < nJobs ? btw[yy]! : 0;
  const du = demand[u]!;
  const dv = demand[v]!;
  const dx = xJob ? demand[x]! : 0;
  const dy = yJob ? demand[y]! : 0;
  const relocV = ftw[v]! + twY;
  out[0] = floorOf(pl, pt, before, qU - du - capU, qV + du - capV, twPu + twX + relocV);
  out[1] = out[2] = floorOf(pl, pt, before, qU - du - dx - capU, qV + du + dx - capV, twPu + twXX + relocV);
  out[3] = floorOf(pl, pt, before, qU - du + dv - capU, qV - dv + du - capV, twPu + twX + twPv + twY);
  out[4] = floorOf(pl, pt, before, qU - du - dx + dv - capU, qV - dv + du + dx - capV, twPu + twXX + twPv + twY);
  out[5] = floorOf(pl, pt, before, qU - du - dx + dv + dy - capU, qV - dv - dy + du + dx - capV, twPu + twXX + twPv + twYY);
  // 2-opt*: u's prefix with v's tail, v's prefix with u's tail.
  const tailX = xJob ? s.bwd.q[x]! : 0;
  const tailY = yJob ? s.bwd.q[y]! : 0;
  out[6] = floorOf(pl, pt, before, fq[u]! + tailY - capU, fq[v]! + tailX - capV, ftw[u]! + twY + ftw[v]! + twX);
}

/** Penalties of two routes with these loads over capacity and this time warp, less what they cost now. */
function floorOf(pl: number, pt: number, before: number, overU: number, overV: number, tw: number): number {
  return pl * (Math.max(0, overU) + Math.max(0, overV)) + pt * tw - before;
}
