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
