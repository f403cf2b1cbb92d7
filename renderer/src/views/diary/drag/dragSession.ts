// What a drag knows from the moment it starts: the dragged jobs, where each was, and the status of
// every operative-day for them (one boardStatus per job, computed once). During the drag the board
// only looks codes up; reasons are worded lazily, for the cells and rows actually on screen.
import type { JobView, OperativeView } from '../../../../../shared/api/views';
import { boardStatus, statusName, type PlacementStatus, type Violation } from '../../../../../shared/rules';
import type { DayPlan, PlannedVisit } from '../../../../../shared/plan';
import { seenOf, type BoardModel, type Seen } from '../boardModel';
import { knockOn, localToAbs, type KnockOnEffect } from '../../../../../shared/graph';
import { nowLocal } from '../../../lib/now';

/** Live preview for more than this many jobs uses the first ones only (the drop checks them all). */
const PREVIEW_LIMIT = 20;

export interface Verdict {
  status: PlacementStatus;
  violations: Violation[];
  /** The primary job's visit in the day with it placed (for times in messages). */
  visit: PlannedVisit | null;
  /** The primary job's day with it placed, timed (drawn at once when dropped: moves/optimistic.ts). */
  plan: DayPlan | null;
}

export interface DragSession {
  model: BoardModel;
  refs: readonly string[];
  jobs: readonly JobView[];
  primary: JobView;
  seen: ReadonlyMap<string, Seen | null>;
  dates: readonly string[];
  /** Row-major (operative in model order) × dates: 0 ok, 1 warn, 2 blocked. */
  codes: Uint8Array;
  keyboard: boolean;
  /** Full reasons for a drop on (operative, date) at an insert position (cached for the drag). */
  explain(op: OperativeView, date: string, index?: number): Verdict;
  /** Successors (by dependency) that would start later or newly breach their SLA after this drop. */
  knockOn(op: OperativeView, date: string, index?: number): readonly KnockOnEffect[];
}

export function startSession(model: BoardModel, refs: readonly string[], keyboard: boolean): DragSession | null {
  const jobs = refs.map((r) => model.jobs.get(r)).filter((j): j is JobView => j !== undefined);
  if (jobs.length === 0) return null;
  const dates = model.dates;
  const ops = model.operatives;
  const codes = new Uint8Array(ops.length * dates.length);
  for (const job of jobs.slice(0, PREVIEW_LIMIT)) {
    const grid = boardStatus(model.index, job, ops, dates);
    for (let i = 0; i < codes.length; i++) if (grid.codes[i]! > codes[i]!) codes[i] = grid.codes[i]!;
  }
  const cache = new Map<string, Verdict>();
  const explain = (op: OperativeView, date: string, index?: number): Verdict => {
    const key = `${op.id}\u0000${date}\u0000${index ?? ''}`;
    let v = cache.get(key);
    if (!v) {
      v = judge(model, jobs, op, date, index);
      cache.set(key, v);
    }
    return v;
  };
  const knockCache = new Map<string, readonly KnockOnEffect[]>();
  const planStart = localToAbs(nowLocal());
  const knock = (op: OperativeView, date: string, index?: number): readonly KnockOnEffect[] => {
    const key = `${op.id}\u0000${date}\u0000${index ?? ''}`;
    let k = knockCache.get(key);
    if (!k) {
      const v = explain(op, date, index);
      const day = model.index.epochDay(date) * 1440;
      k = v.visit
        ? knockOn(model.index, jobs[0]!.ref, day + v.visit.start_min, { newEndAbs: day + v.visit.end_min, planStartAbs: planStart })
        : [];
      knockCache.set(key, k);
    }
    return k;
  };
  return {
    model,
    knockOn: knock,
    refs: jobs.map((j) => j.ref),
    jobs,
    primary: jobs[0]!,
    seen: new Map(jobs.map((j) => [j.ref, seenOf(model, j.ref)])),
    dates,
    codes,
    keyboard,
    explain,
  };
}

function judge(model: BoardModel, jobs: readonly JobView[], op: OperativeView, date: string, index?: number): Verdict {
  const violations: Violation[] = [];
  let visit: PlannedVisit | null = null;
  let plan: DayPlan | null = null;
  const opts = index === undefined ? {} : { index };
  for (const job of jobs) {
    const r = model.index.evaluate(job, op, date, opts);
    violations.push(...r.violations);
    visit ??= r.visit;
    plan ??= r.plan;
  }
  const status: PlacementStatus = violations.some((v) => v.severity === 'hard') ? 'blocked' : violations.length ? 'warn' : 'ok';
  return { status, violations: dedupe(violations), visit, plan };
}

function dedupe(vs: Violation[]): Violation[] {
  const seen = new Set<string>();
  return vs.filter((v) => (seen.has(v.reason) ? false : (seen.add(v.reason), true)));
}

export function codeAt(s: DragSession, opIndex: number, col: number): number {
  return s.codes[opIndex * s.dates.length + col]!;
}

export function statusAt(s: DragSession, opIndex: number, col: number): PlacementStatus {
  return statusName(codeAt(s, opIndex, col));
}

/** The reasons that decide the status: hard ones when blocked, soft ones when warned. */
export function decisive(v: Verdict): Violation[] {
  if (v.status === 'ok') return [];
  return v.violations.filter((x) => (v.status === 'blocked' ? x.severity === 'hard' : x.severity === 'soft'));
}

export const STATUS_WORD: Record<PlacementStatus, string> = { ok: 'OK', warn: 'Warning', blocked: 'Blocked' };

/** 'Blocked: reason (+2 more)' — the short line shown in a row while dragging. */
export function shortReason(v: Verdict): string {
  const d = decisive(v);
  if (d.length === 0) return '';
  return `${STATUS_WORD[v.status]}: ${d[0]!.reason}${d.length > 1 ? ` (+${d.length - 1} more)` : ''}`;
}

/** Every reason, one per line, for titles and descriptions. */
export function fullReasons(v: Verdict): string {
  return v.violations.map((x) => `${x.severity === 'hard' ? 'Blocked' : 'Warning'}: ${x.reason}`).join('\n');
}
