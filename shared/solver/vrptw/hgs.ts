// Hybrid genetic search (Vidal 2022, with the time-window extensions of HGS-TW) for a
// homogeneous fleet: offspring come from route-exchange crossover (SREX; ordered crossover +
// split is the alternative), then granular local search in a penalised space (load excess and
// time warp priced, penalties adapted so about a fifth of offspring are feasible), occasional
// repair of infeasible offspring, and a population kept diverse. Every `eliminateEvery`
// iterations the best solution is tried with one route fewer (route-elimination.ts): on tight
// windows the fleet drives the distance, and crossover alone rarely shrinks it (GH200 at 2 s,
// one thread, 4 seeds: mean gap 1.15% without, 0.93% with one try per 50 iterations).
// Defaults were set on Solomon-type instances: SREX beat OX clearly on tight windows; a small
// population (12 + 20) converges within a second (solve.ts uses HGS's 25 + 40 for longer runs);
// SWAP* costs more than it gains at these route lengths (GH200 too: 1.41% against 0.93%), as
// do wider granular lists (30: 1.25%).
//
// Resumable: run(stop, maxIterations) may be called again and again (islands run it in epochs,
// taking in others' best solutions with inject between epochs). Anytime: the first thing it does
// is a cheapest-insertion start improved by local search, so even a starved run returns a local
// optimum, not a raw construction.
import { orderedCrossover } from './crossover';
import { individualFrom, penalised, type Individual } from './individual';
import { insertAll } from './insertion';
import { LocalSearch } from './local-search';
import type { Neighbours } from './neighbours';
import { Population } from './population';
import { eliminateRoute, pickVictim } from './route-elimination';
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
  /** Every this many iterations, try the best solution with one route fewer (0: never). */
  eliminateEvery: number;
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
  eliminateEvery: 50,
};

const PENALTY_MIN = 0.1;
const PENALTY_MAX = 100_000;
const WINDOW = 100;

export interface HgsOptions {
  seed: number;
  params?: HgsParams;
  /** Solutions to start from (routes by vehicle), e.g. the incumbent of a decomposed part. */
  initial?: readonly (readonly (readonly number[])[])[];
}

export class Hgs {
  private readonly p: VrptwProblem;
  private readonly params: HgsParams;
  private readonly rng: Rng;
  private readonly ls: LocalSearch;
  private readonly splitter: Splitter;
  private readonly pop: Population;
  private readonly srex: Srex;
  private penaltyLoad: number;
  private penaltyTw: number;
  private readonly feasLoad: boolean[] = [];
  private readonly feasTw: boolean[] = [];
  private readonly pending: (readonly (readonly number[])[])[];
  /** Random starts still to educate before offspring are bred (after a start or a restart). */
  private toSeed: number;
  private constructed = false;
  private sinceBest = 0;
  private readonly giant: Int32Array;
  private readonly child: Int32Array;
  private readonly used: Uint8Array;
  iterations = 0;
  restarts = 0;

  constructor(p: VrptwProblem, nb: Neighbours, opts: HgsOptions) {
    this.p = p;
    this.params = opts.params ?? DEFAULT_HGS;
    this.rng = new Rng(opts.seed);
    this.ls = new LocalSearch(p, nb, true, this.params.swapStar);
    this.splitter = new Splitter(p);
    this.pop = new Population(this.params, this.rng);
    this.srex = new Srex(this.ls);
    let maxDist = 0;
    for (let i = 0; i < p.dist.length; i++) if (p.dist[i]! > maxDist) maxDist = p.dist[i]!;
    let maxDemand = 0;
    for (let j = 0; j < p.nJobs; j++) if (p.demand[j]! > maxDemand) maxDemand = p.demand[j]!;
    this.penaltyLoad = Math.max(PENALTY_MIN, Math.min(1000, maxDemand > 0 ? maxDist / maxDemand : 1));
    this.penaltyTw = this.params.initialPenaltyTw;
    this.pending = [...(opts.initial ?? [])];
    this.toSeed = this.params.initialFactor * this.params.mu;
    this.giant = new Int32Array(p.nJobs);
    this.child = new Int32Array(p.nJobs);
    this.used = new Uint8Array(p.nJobs);
  }

  /** Best feasible solution so far (null until one is found). */
  get best(): Individual | null {
    return this.pop.best;
  }

  /** Adds a solution found elsewhere (another island's best): educated and offered at the next step. */
  inject(routes: readonly (readonly number[])[]): void {
    this.pending.push(routes);
  }

  /** Searches until stop() or `maxIterations` more iterations; may be called again to go on. */
  run(stop: () => boolean, maxIterations = Infinity): void {
    if (this.p.nJobs === 0) return;
    const end = this.iterations + maxIterations;
    if (!this.constructed) {
      this.constructed = true;
      this.construct(stop);
    }
    while (this.iterations < end && !stop()) this.step(stop);
  }

  /** One iteration: a start still owed (given, or random), or an offspring; then local search. */
  private step(stop: () => boolean): void {
    this.iterations++;
    const st = this.ls.state;
    const given = this.pending.shift();
    if (given !== undefined) {
      // As given (it may already be the best), then improved below.
      st.load(given);
      this.setPenalties(1);
      this.offer(individualFrom(st));
      this.ls.resetMemory();
    } else if (this.shouldEliminate()) {
      if (this.eliminateRoute(stop)) this.sinceBest = 0;
      return;
    } else if (this.toSeed > 0 || this.pop.size < 2) {
      if (this.toSeed > 0) this.toSeed--;
      this.randomStart();
    } else {
      const a = this.pop.tournament();
      const b = this.pop.tournament();
      this.setPenalties(1);
      if (this.rng.next() < this.params.srex) this.srex.cross(a, b, this.rng);
      else {
        orderedCrossover(a.giant, b.giant, this.rng, this.child, this.used);
        st.load(this.splitter.split(this.child, this.penaltyLoad, this.penaltyTw));
        this.ls.resetMemory();
      }
    }
    if (this.educate(stop)) this.sinceBest = 0;
    else this.sinceBest++;
    if (this.iterations % this.params.penaltyEvery === 0) this.managePenalties();
    if (this.sinceBest >= this.params.maxNoImprove) {
      this.pop.restart();
      this.restarts++;
      this.sinceBest = 0;
      this.toSeed = this.params.initialFactor * this.params.mu;
    }
  }

  /** A feasible start by cheapest insertion (earliest due first), improved by local search. */
  private construct(stop: () => boolean): void {
    const p = this.p;
    const st = this.ls.state;
    st.clear();
    st.setPenalties(1e6, 1e6);
    const order = Array.from({ length: p.nJobs }, (_, j) => j).sort((a, b) => p.due[a]! - p.due[b]! || a - b);
    const left = insertAll(this.ls.move, order, true);
    if (left.length > 0) return; // no easy feasible start: the random starts will find one
    const plain = individualFrom(st);
    this.offer(plain);
    this.ls.resetMemory();
    this.educate(stop);
  }

  private shouldEliminate(): boolean {
    const every = this.params.eliminateEvery;
    const best = this.pop.best;
    return every > 0 && this.iterations % every === 0 && best !== null && best.nRoutes > 1 && this.toSeed === 0;
  }

  /** One of the best solution's smaller routes emptied (route-elimination.ts); offered feasible or not (an infeasible one keeps the smaller fleet in the gene pool). True on a new best. */
  private eliminateRoute(stop: () => boolean): boolean {
    const best = this.pop.best!;
    eliminateRoute(this.ls, best.routes, pickVictim(best.routes, this.rng), this.rng, this.penaltyLoad, this.penaltyTw, stop);
    return this.offer(individualFrom(this.ls.state));
  }

  private setPenalties(f: number): void {
    this.ls.state.setPenalties(this.penaltyLoad * f, this.penaltyTw * f);
  }

  private offer(ind: Individual): boolean {
    ind.cost = penalised(ind, this.penaltyLoad, this.penaltyTw);
    return this.pop.add(ind);
  }

  /** Local search from the routes in the state, then adds the result (and a repaired copy); true on a new best. */
  private educate(stop: () => boolean): boolean {
    const st = this.ls.state;
    this.setPenalties(1);
    this.ls.run(this.rng, stop);
    const ind = individualFrom(st);
    this.feasLoad.push(ind.loadExcess <= 1e-9);
    this.feasTw.push(ind.timeWarp <= 1e-9);
    if (this.feasLoad.length > WINDOW) this.feasLoad.shift();
    if (this.feasTw.length > WINDOW) this.feasTw.shift();
    let improved = this.offer(ind);
    if (!ind.feasible && this.rng.next() < this.params.repairProbability && !stop()) {
      this.setPenalties(10);
      this.ls.run(this.rng, stop);
      const fixed = individualFrom(st);
      if (fixed.feasible) improved = this.offer(fixed) || improved;
    }
    return improved;
  }

  private managePenalties(): void {
    const target = this.params.targetFeasible;
    const adjust = (pen: number, list: boolean[]): number => {
      if (list.length === 0) return pen;
      const frac = list.filter(Boolean).length / list.length;
      if (frac < target - 0.05) return Math.min(PENALTY_MAX, pen * 1.2);
      if (frac > target + 0.05) return Math.max(PENALTY_MIN, pen * 0.85);
      return pen;
    };
    this.penaltyLoad = adjust(this.penaltyLoad, this.feasLoad);
    this.penaltyTw = adjust(this.penaltyTw, this.feasTw);
    this.pop.reprice(this.penaltyLoad, this.penaltyTw);
  }

  private randomStart(): void {
    const g = this.giant;
    for (let j = 0; j < g.length; j++) g[j] = j;
    this.rng.shuffle(g);
    this.ls.state.load(this.splitter.split(g, this.penaltyLoad, this.penaltyTw));
    this.ls.resetMemory();
  }
}

/** One-shot run (the single-threaded entry point). */
export function runHgs(p: VrptwProblem, nb: Neighbours, seed: number, timeUp: () => boolean, params: HgsParams = DEFAULT_HGS): Hgs {
  const hgs = new Hgs(p, nb, { seed, params });
  hgs.run(timeUp);
  return hgs;
}
