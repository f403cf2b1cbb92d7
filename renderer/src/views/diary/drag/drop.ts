// What a drop does, decided once the card is released: nothing (with the reason) when it is
// outside the board, on a name, where it already was, or still saving; a local refusal with the
// rule's reasons when a hard rule blocks it; otherwise one move sent to the backend.
import type { DragSession } from './dragSession';
import type { DropTarget } from './dragStore';
import { NOT_MOVED } from '../moves/moveMessages';
import type { Moves } from '../moves/useMoves';
import { withoutVisits, type MovePreview, type PreviewDay } from '../moves/optimistic';
import type { Verdict } from './dragSession';

/** Decides what a drop does. Blocked drops never reach the backend unless overridden. */
export async function drop(s: DragSession, t: DropTarget | null, moves: Moves, releasedAt?: number): Promise<boolean> {
  const refs = s.refs;
  if (moves.isBusy(refs)) {
    moves.say(NOT_MOVED.busy(refs));
    return false;
  }
  if (!t || t.kind === 'none') {
    moves.say(t?.why === 'header' ? NOT_MOVED.header(refs) : NOT_MOVED.outside(refs));
    return false;
  }
  if (t.kind === 'tray') {
    const placed = refs.filter((r) => s.seen.get(r));
    if (placed.length === 0) {
      moves.say(NOT_MOVED.alreadyTray(refs), 'info');
      return false;
    }
    return moves.run({ refs: placed, seen: s.seen, to: null, releasedAt, preview: preview(s, placed, null, null) });
  }
  const op = s.model.operativeById.get(t.operativeId);
  if (!op) {
    moves.say(NOT_MOVED.outside(refs));
    return false;
  }
  const was = s.seen.get(s.primary.ref);
  if (refs.length === 1 && was && was.operative_id === op.id && was.date === t.date) {
    const dayLen = s.model.index.basePlan(op, t.date).visits.length;
    const newPos = t.index ?? dayLen - 1;
    if (newPos === was.sequence || (t.index === undefined && was.sequence === dayLen - 1)) {
      moves.say(NOT_MOVED.same(refs), 'info');
      return false;
    }
  }
  const v = s.explain(op, t.date, t.index);
  const request = {
    refs,
    seen: s.seen,
    to: { operative_id: op.id, date: t.date, ...(t.index === undefined ? {} : { index: t.index }) },
    operativeName: op.name,
    startMin: v.visit?.start_min ?? null,
    releasedAt,
    preview: preview(s, refs, { operative_id: op.id, date: t.date }, v),
  };
  if (v.status === 'blocked') {
    moves.refuse(request, v.violations);
    return false;
  }
  return moves.run(request);
}

/**
 * What the drop draws at once (moves/optimistic.ts): the target day as judged with the job in it,
 * the day it leaves without it, the tray without or with it. One job at a time only: several jobs
 * into one day keep their places (pending) until stored.
 */
function preview(
  s: DragSession,
  refs: readonly string[],
  to: { operative_id: string; date: string } | null,
  v: Verdict | null,
): MovePreview | undefined {
  if (to && (refs.length !== 1 || !v?.plan)) return undefined;
  const days: PreviewDay[] = [];
  const dayKeys = new Set<string>();
  if (to && v?.plan) {
    days.push({ ...to, plan: v.plan });
    dayKeys.add(`${to.operative_id}\u0000${to.date}`);
  }
  for (const ref of refs) {
    const was = s.seen.get(ref);
    const op = was && s.model.operativeById.get(was.operative_id);
    const key = was && `${was.operative_id}\u0000${was.date}`;
    if (!was || !op || !key || dayKeys.has(key)) continue;
    dayKeys.add(key);
    days.push({ operative_id: was.operative_id, date: was.date, plan: withoutVisits(s.model.index.basePlan(op, was.date), refs) });
  }
  return {
    version: s.model.version,
    days,
    leavesTray: to ? refs.filter((r) => !s.seen.get(r)) : [],
    joinsTray: to ? [] : refs.filter((r) => s.seen.get(r)),
  };
}
