// 2-opt within a route (reverse the stretch between u and v) and 2-opt* between routes (swap
// their tails after u and after v; either may be a start depot, so a whole route can move).
import type { Move } from '../move';
import type { RouteState } from '../route-state';
import { EPS as EXCHANGE_EPS, surchargeOf as exchangeSurcharge, type NodeOperator } from './exchange';

// Read once: a cross-module binding read per move costs a getter call when transpiled to CommonJS (tsx).
const EPS = EXCHANGE_EPS;
const surchargeOf = exchangeSurcharge;

export class TwoOpt implements NodeOperator {
  readonly name = 'two-opt';

  evaluate(s: RouteState, u: number, v: number, move: Move): number {
    const dd = this.travelChange(s, u, v);
    if (!(dd < s.surcharge(s.routeOf(u)) - EPS)) return Infinity;
    this.describe(s, u, v, move);
    return move.delta();
  }

  /** (u, x) and (v, y) become (u, v) and (x, y); travel assumed symmetric (the exact price walks the stretch). */
  travelChange(s: RouteState, u: number, v: number): number {
    if (s.routeOf(u) !== s.routeOf(v) || s.position(u) >= s.position(v)) return Infinity;
    const x = s.next(u);
    if (x === v) return Infinity;
    const y = s.next(v);
    return s.dist(u, v) + s.dist(x, y) - s.dist(u, x) - s.dist(v, y);
  }

  describe(s: RouteState, u: number, v: number, move: Move): boolean {
    if (this.travelChange(s, u, v) === Infinity) return false;
    move.reset().route(s.routeOf(u)).prefix(u).reversed(v, s.next(u)).tail(s.next(v));
    return true;
  }
}

export class TwoOptStar implements NodeOperator {
  readonly name = 'two-opt-star';

  evaluate(s: RouteState, u: number, v: number, move: Move): number {
    const dd = this.travelChange(s, u, v);
    if (!(dd < surchargeOf(s, s.routeOf(u), s.routeOf(v)) - EPS)) return Infinity;
    this.describe(s, u, v, move);
    return move.delta();
  }

  /** (u, x) and (v, y) on different routes become (u, y) and (v, x); an empty tail ends at the other route's depot. */
  travelChange(s: RouteState, u: number, v: number): number {
    const ru = s.routeOf(u);
    const rv = s.routeOf(v);
    if (ru === rv) return Infinity;
    const x = s.next(u);
    const y = s.next(v);
    const ye = s.isDepot(y) ? s.endOf(ru) : y;
    const xe = s.isDepot(x) ? s.endOf(rv) : x;
    return s.dist(u, ye) + s.dist(v, xe) - s.dist(u, x) - s.dist(v, y);
  }

  describe(s: RouteState, u: number, v: number, move: Move): boolean {
    if (this.travelChange(s, u, v) === Infinity) return false;
    move.reset().route(s.routeOf(u)).prefix(u).tail(s.next(v)).route(s.routeOf(v)).prefix(v).tail(s.next(u));
    return true;
  }
}
