// Hybrid genetic search (Vidal 2022, with the time-window extensions of HGS-TW) for a
// homogeneous fleet: random giant tours cut by split seed the population; offspring come from
// route-exchange crossover (SREX; ordered crossover + split is the alternative), then granular
// local search in a penalised space (load excess and time warp priced, penalties adapted so
// about a fifth of offspring are feasible), occasional repair of infeasible offspring, and a
// population kept diverse. Defaults were set on Solomon-type instances: SREX beat OX clearly on
// tight windows; a small population (12 + 20) converges within a second (solve.ts uses HGS's
// 25 + 40 for longer runs); SWAP* costs more than it gains at these route lengths.
import { orderedCrossover } from './crossover';
import { individualFrom, penalised, type Individual } from './individual';
import { insertAll } from './insertion';
import { LocalSearch } from './local-search';
import type { Neighbours } from './neighbours';
import { Population } from './population';
import type { VrptwProblem } from './problem';
import { Rng } from './rng';
import { Splitter } from './split';
import { Srex } from './srex';

export interface HgsParams {
  mu: number;
  lambda: number;
  nbElite: number;
  nbClose: number;
  /** Share of offspring the penalties steer towards being feasible. */
  targetFeasible: number;
  repairProbability: number;
  /** Iterations without a new best before the population restarts. */
  maxNoImprove: number;
  /** Initial population size as a multiple of mu. */
  initialFactor: number;
  initialPenaltyTw: number;
  /** Offspring between penalty updates. */
  penaltyEvery: number;
  swapStar: boolean;
  /** Probability of route-exchange crossover (SREX) rather than ordered crossover (OX). */
  srex: number;
}

export const DEFAULT_HGS: HgsParams = {
  mu: 12,
  lambda: 20,
  nbElite: 4,
  nbClose: 5,
  targetFeasible: 0.2,
  repairProbability: 0.2,
  maxNoImprove: 20_000,
  initialFactor: 1,
  initialPenaltyTw: 10,
  penaltyEvery: 40,
  swapStar: false,
  srex: 1,
};

export interface HgsRun {
  best: Individual | null;
  iterations: number;
  restarts: number;
}

const PENALTY_MIN = 0.1;
const PENALTY_MAX = 100_000;
const WINDOW = 100;

export function runHgs(
  p: VrptwProblem,
  nb: Neighbours,
  seed: number,
  timeUp: () => boolean,
  params: HgsParams = DEFAULT_HGS,
  onBest?: (best: Individual) => void,
): HgsRun {
  const n = p.nJobs;
  const rng = new Rng(seed);
  const ls = new LocalSearch(p, nb, true, params.swapStar);
  const splitter = new Splitter(p);
  const pop = new Population(params, rng);
  const srex = new Srex(ls.move);
  const st = ls.state;

  let maxDist = 0;
  for (let i = 0; i < p.dist.length; i++) if (p.dist[i]! > maxDist) maxDist = p.dist[i]!;
  let maxDemand = 0;
  for (let j = 0; j < n; j++) if (p.demand[j]! > maxDemand) maxDemand = p.demand[j]!;
  let penaltyLoad = Math.max(PENALTY_MIN, Math.min(1000, maxDemand > 0 ? maxDist / maxDemand : 1));
  let penaltyTw = params.initialPenaltyTw;

  const feasLoad: boolean[] = [];
  const feasTw: boolean[] = [];
  let iterations = 0;
  let restarts = 0;
  let sinceBest = 0;

  const setPenalties = (f: number): void => {
    st.setPenalties(penaltyLoad * f, penaltyTw * f);
  };

  const offer = (ind: Individual): void => {
    if (pop.add(ind) && onBest) onBest(ind);
  };

  /** Local search from the routes in `ls`, then adds the result (and a repaired copy). */
  const educate = (): boolean => {
    setPenalties(1);
    ls.run(rng, timeUp);
    const ind = individualFrom(st);
    feasLoad.push(ind.loadExcess <= 1e-9);
    feasTw.push(ind.timeWarp <= 1e-9);
    if (feasLoad.length > WINDOW) feasLoad.shift();
    if (feasTw.length > WINDOW) feasTw.shift();
    const before = pop.best;
    offer(ind);
    if (!ind.feasible && rng.next() < params.repairProbability && !timeUp()) {
      setPenalties(10);
      ls.run(rng, timeUp);
      const fixed = individualFrom(st);
      if (fixed.feasible) {
        fixed.cost = penalised(fixed, penaltyLoad, penaltyTw);
        offer(fixed);
      }
    }
    return pop.best !== before;
  };

  const managePenalties = (): void => {
    const adjust = (pen: number, list: boolean[]): number => {
      if (list.length === 0) return pen;
      const frac = list.filter(Boolean).length / list.length;
      if (frac < params.targetFeasible - 0.05) return Math.min(PENALTY_MAX, pen * 1.2);
      if (frac > params.targetFeasible + 0.05) return Math.max(PENALTY_MIN, pen * 0.85);
      return pen;
    };
    penaltyLoad = adjust(penaltyLoad, feasLoad);
    penaltyTw = adjust(penaltyTw, feasTw);
    pop.reprice(penaltyLoad, penaltyTw);
  };

  // A feasible start by cheapest insertion (earliest due first), so even the shortest run
  // returns a valid plan when one is easy to find.
  {
    st.clear();
    st.setPenalties(1e6, 1e6);
    const order = Array.from({ length: n }, (_, j) => j).sort((a, b) => p.due[a]! - p.due[b]! || a - b);
    const left = insertAll(ls.move, order, true);
    if (left.length === 0) {
      const ind = individualFrom(st);
      ind.cost = penalised(ind, penaltyLoad, penaltyTw);
      offer(ind);
    }
  }

  const giant = new Int32Array(n);
  const child = new Int32Array(n);
  const used = new Uint8Array(n);
  const randomStart = (): void => {
    for (let j = 0; j < n; j++) giant[j] = j;
    rng.shuffle(giant);
    st.load(splitter.split(giant, penaltyLoad, penaltyTw));
  };

  const seedPopulation = (): void => {
    const count = params.initialFactor * params.mu;
    for (let i = 0; i < count && !timeUp(); i++) {
      randomStart();
      educate();
      iterations++;
      if (iterations % params.penaltyEvery === 0) managePenalties();
    }
  };

  if (n > 0) seedPopulation();
  while (n > 0 && !timeUp()) {
    iterations++;
    if (pop.size < 2) {
      randomStart();
    } else {
      const a = pop.tournament();
      const b = pop.tournament();
      if (rng.next() < params.srex) {
        setPenalties(1);
        srex.cross(a, b, rng);
      } else {
        orderedCrossover(a.giant, b.giant, rng, child, used);
        st.load(splitter.split(child, penaltyLoad, penaltyTw));
      }
    }
    if (educate()) sinceBest = 0;
    else sinceBest++;
    if (iterations % params.penaltyEvery === 0) managePenalties();
    if (sinceBest >= params.maxNoImprove) {
      pop.restart();
      restarts++;
      sinceBest = 0;
      seedPopulation();
    }
  }
  return { best: pop.best, iterations, restarts };
}
