// Screen-reader wording for drag events: which operative and day is under the card and whether a
// drop there is ok, warned or blocked (and why).
import { formatClock } from '../../../../../shared/plan';
import type { BoardModel } from '../boardModel';
import { decisive, type DragSession } from './dragSession';
import type { DropTarget } from './dragStore';
import { dayLabel } from '../moves/moveMessages';

export function describeJobs(s: DragSession): string {
  return s.refs.length === 1 ? s.primary.ref : `${s.refs.length} jobs (${s.refs.join(', ')})`;
}

export function pickedUpText(s: DragSession, model: BoardModel): string {
  const e = model.entries.get(s.primary.ref);
  const from = e
    ? `from ${model.operativeById.get(e.operative_id)?.name ?? e.operative_id}, ${dayLabel(e.date)}`
    : 'from the Unscheduled tray';
  const how = s.keyboard
    ? ' Arrow keys: up and down change operative, left and right change day. Space or Enter drops, Escape cancels.'
    : '';
  return `Picked up ${describeJobs(s)} ${from}.${how}`;
}

export function targetText(s: DragSession, t: DropTarget | null): string {
  if (!t) return '';
  if (t.kind === 'tray') return `Over the Unscheduled tray${s.seen.get(s.primary.ref) ? ': drop to unschedule' : ''}.`;
  if (t.kind === 'none') return t.why === 'header' ? 'Over an operative name: move onto a day.' : 'Not over the board.';
  const op = s.model.operativeById.get(t.operativeId);
  if (!op) return '';
  const v = s.explain(op, t.date, t.index);
  const at = v.visit ? ` starting ${formatClock(v.visit.start_min)}` : '';
  // One reason (and how many more) keeps the live region to a line while moving.
  const d = decisive(v);
  const why = d.length ? `${d[0]!.reason}${d.length > 1 ? ` (+${d.length - 1} more)` : ''}` : '';
  return `Over ${op.name}, ${dayLabel(t.date)}: ${v.status === 'ok' ? 'ok' : v.status === 'warn' ? 'warning' : 'blocked'}${at}${why ? `. ${why}` : ''}.`;
}
