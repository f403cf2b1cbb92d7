// Granular neighbourhoods: each job is only ever moved next to its k most "correlated" jobs,
// which cuts the search from O(n²) to O(nk) per pass while keeping the good moves. The measure
// is distance plus the waiting and time warp the arc i→j would cause (as in HGS-TW, Kool et al.
// 2022), so jobs that are close but can never follow each other are not neighbours; with
// eligibility, neither are jobs that no single vehicle may serve together.
import type { VrptwProblem } from './problem';

const WAIT_WEIGHT = 0.2;
const WARP_WEIGHT = 1;

/** Compressed lists: the neighbours of job i are list[start[i] .. start[i+1]). Symmetric. */
export interface Neighbours {
  start: Int32Array;
  list: Int32Array;
}

/**
 * Neighbourhood size for the instance: 20 (HGS's granularity) up to a few hundred jobs, fewer
 * beyond (a pass costs n·k; large instances are searched in parts of about a hundred anyway).
 */
export function neighbourCount(p: VrptwProblem): number {
  const n = p.nJobs;
  return Math.max(1, Math.min(n - 1, n <= 400 ? 20 : n <= 2000 ? 15 : 10));
}

/**
 * `fixed` jobs (that never move) get no list of their own — they still appear in the lists of
 * jobs near them, as places to go next to — so a later pass of the diary, where most jobs are
 * fixed, costs in proportion to the jobs still moving.
 */
export function granularNeighbours(p: VrptwProblem, k: number, fixed?: Uint8Array, stop?: () => boolean): Neighbours {
  const n = p.nJobs;
  const m = p.nLoc;
  const kk = Math.max(0, Math.min(k, n - 1));
  const shares = sharesVehicle(p);
  const chosen: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  // Max-heap of the kk best (smallest score) candidates; ties broken by index for determinism.
  const hs = new Float64Array(kk);
  const hj = new Int32Array(kk);
  const worse = (a: number, b: number): boolean => hs[a]! > hs[b]! || (hs[a] === hs[b] && hj[a]! > hj[b]!);
  for (let i = 0; i < n; i++) {
    // Asked to stop (the run was cancelled): the lists so far are enough for a search that ends at once.
    if ((i & 63) === 0 && stop?.()) break;
    if (fixed?.[i]) continue;
    const li = p.jobLoc[i]!;
    let size = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const lj = p.jobLoc[j]!;
      const t = p.time[li * m + lj]!;
      const wait = Math.max(p.ready[j]! - p.service[i]! - t - p.due[i]!, 0);
      const warp = Math.max(p.ready[i]! + p.service[i]! + t - p.due[j]!, 0);
      const score = p.dist[li * m + lj]! + WAIT_WEIGHT * wait + WARP_WEIGHT * warp;
      // The vehicle check only for a pair that would make the list (it is the slow part).
      if (size < kk) {
        if (!shares(i, j)) continue;
        hs[size] = score;
        hj[size] = j;
        siftUp(size++);
      } else if (kk > 0 && (score < hs[0]! || (score === hs[0] && j < hj[0]!)) && shares(i, j)) {
        hs[0] = score;
        hj[0] = j;
        siftDown(size);
      }
    }
    for (let q = 0; q < size; q++) {
      chosen[i]!.add(hj[q]!);
      chosen[hj[q]!]!.add(i);
    }
  }
  function swap(a: number, b: number): void {
    const s = hs[a]!;
    hs[a] = hs[b]!;
    hs[b] = s;
    const t = hj[a]!;
    hj[a] = hj[b]!;
    hj[b] = t;
  }
  function siftUp(c: number): void {
    while (c > 0) {
      const parent = (c - 1) >> 1;
      if (!worse(c, parent)) break;
      swap(c, parent);
      c = parent;
    }
  }
  function siftDown(size: number): void {
    for (let c = 0; ;) {
      const l = 2 * c + 1;
      const r = l + 1;
      let top = c;
      if (l < size && worse(l, top)) top = l;
      if (r < size && worse(r, top)) top = r;
      if (top === c) return;
      swap(c, top);
      c = top;
    }
  }
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + chosen[i]!.size;
  const list = new Int32Array(start[n]!);
  for (let i = 0; i < n; i++)
    list.set(
      [...chosen[i]!].sort((a, b) => a - b),
      start[i]!,
    );
  return { start, list };
}

/** (i, j) → may some vehicle serve both? Bitsets over vehicles; always true without eligibility. */
function sharesVehicle(p: VrptwProblem): (i: number, j: number) => boolean {
  const elig = p.eligible;
  if (!elig) return () => true;
  const n = p.nJobs;
  const words = (p.nVehicles + 31) >>> 5;
  const bits = new Uint32Array(n * words);
  for (let v = 0; v < p.nVehicles; v++) for (let j = 0; j < n; j++) if (elig[v * n + j]) bits[j * words + (v >>> 5)]! |= 1 << (v & 31);
  return (i, j) => {
    for (let w = 0; w < words; w++) if ((bits[i * words + w]! & bits[j * words + w]!) !== 0) return true;
    return false;
  };
}
