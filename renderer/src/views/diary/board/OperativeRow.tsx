// One operative's row: header plus a cell per visible day. Memoised; while dragging it subscribes
// to the drag target with selectors, so only rows whose answer changes re-render.
import { memo, useCallback, useMemo } from 'react';
import type { OperativeView } from '../../../../../shared/api/views';
import { formatClock } from '../../../../../shared/plan';
import { shortDay } from '../../../lib/format';
import type { BoardState } from '../boardState';
import type { CellDrag } from './cellProps';
import { DayTrack } from './DayTrack';
import { dayOff } from './dayState';
import { codeAt, fullReasons, shortReason, statusAt, STATUS_WORD, type Verdict } from '../drag/dragSession';
import { useDragTarget, type DropTarget } from '../drag/dragStore';
import type { Geometry } from './layout';
import { OperativeHeader, type RowReason } from './OperativeHeader';
import { WeekCell } from './WeekCell';

interface Props {
  board: BoardState;
  op: OperativeView;
  opIndex: number;
  rowIndex: number;
  top: number;
  height: number;
  geometry: Geometry;
}

const focusCol = (t: DropTarget | null) => (t?.kind === 'cell' ? t.col : -1);

function verdictLabel(v: Verdict): string {
  const t = v.visit ? `${formatClock(v.visit.start_min)}–${formatClock(v.visit.end_min)}` : '';
  return v.status === 'ok' ? `Fits ${t}` : `${STATUS_WORD[v.status]}${t ? ` · ${t}` : ''}`;
}

function OperativeRowImpl({ board, op, opIndex, rowIndex, top, height, geometry }: Props) {
  const { model, session, store, pending, optimistic } = board;
  const { dates, mode, colW, axis } = geometry;
  // A dropped job is drawn in the day it goes to (and not in the one it left) until stored.
  const plans = useMemo(() => dates.map((d) => optimistic.plan(op.id, d) ?? model.index.basePlan(op, d)), [model, op, dates, optimistic]);
  const offs = useMemo(() => dates.map((d) => dayOff(op, d, model.index.operativeDay(op, d).roster)), [model, op, dates]);

  const hoverSel = useCallback(
    (t: DropTarget | null) => (t?.kind === 'cell' && t.operativeId === op.id ? `${t.col}|${t.slot}|${t.index ?? ''}` : ''),
    [op.id],
  );
  const hover = useDragTarget(store, hoverSel);
  const focus = useDragTarget(store, focusCol);
  const [hCol, hSlot, hIndex] = hover ? hover.split('|').map((x) => (x === '' ? undefined : Number(x))) : [];

  // Full reasons for every non-ok cell of this row (title / aria-description), once per drag.
  const descriptions = useMemo(
    () => (session ? dates.map((d, c) => (codeAt(session, opIndex, c) === 0 ? '' : fullReasons(session.explain(op, d)))) : null),
    [session, dates, op, opIndex],
  );

  let reason: RowReason | null = null;
  let hoverVerdict: Verdict | null = null;
  if (session) {
    if (hCol !== undefined) hoverVerdict = session.explain(op, dates[hCol]!, hIndex);
    let col = focus >= 0 && focus < dates.length ? focus : -1;
    if (col < 0) {
      let worst = 0;
      for (let c = 0; c < dates.length; c++) {
        const code = codeAt(session, opIndex, c);
        if (code > worst) {
          worst = code;
          col = c;
        }
      }
    }
    if (col >= 0) {
      const v = hCol === col && hoverVerdict ? hoverVerdict : session.explain(op, dates[col]!);
      const prefix = col !== focus && dates.length > 1 ? `${shortDay(dates[col]!)} — ` : '';
      reason = { status: v.status, text: prefix + (v.status === 'ok' ? `${verdictLabel(v)} on ${shortDay(dates[col]!)}` : shortReason(v)) };
    }
  }

  const from = model.dates[0]!;
  const to = model.dates[model.dates.length - 1]!;
  const Cell = mode === 'day' ? DayTrack : WeekCell;
  return (
    <div
      role="row"
      aria-rowindex={rowIndex + 2}
      className="op-row"
      data-operative-id={op.id}
      data-hover={hover ? true : undefined}
      style={{ transform: `translateY(${top}px)`, height, width: geometry.width }}
    >
      <OperativeHeader op={op} from={from} to={to} reason={reason} />
      {dates.map((d, c) => {
        const drag: CellDrag | null = session
          ? {
              status: hCol === c && hoverVerdict ? hoverVerdict.status : statusAt(session, opIndex, c),
              description: hCol === c && hoverVerdict ? fullReasons(hoverVerdict) : (descriptions?.[c] ?? ''),
              hoverSlot: hCol === c ? (hSlot ?? null) : null,
              hoverLabel: hCol === c && hoverVerdict ? verdictLabel(hoverVerdict) : '',
            }
          : null;
        const incoming = [...pending].filter(([, p]) => !p.stored && p.to?.operative_id === op.id && p.to.date === d).map(([r]) => r);
        return (
          <Cell
            key={d}
            board={board}
            op={op}
            date={d}
            plan={plans[c]!}
            off={offs[c]!}
            incoming={incoming}
            drag={drag}
            width={colW}
            axis={axis}
          />
        );
      })}
    </div>
  );
}

/**
 * Props equal, except that a change in the moves being saved (board.pending) only redraws the rows
 * it concerns: the row the job leaves and the row it goes to. Acknowledging a stored drop then
 * redraws two rows, not the board (drop-to-stored, issue 13).
 */
function sameRow(a: Props, b: Props): boolean {
  if (a.op !== b.op || a.opIndex !== b.opIndex || a.rowIndex !== b.rowIndex || a.top !== b.top || a.height !== b.height) return false;
  if (a.geometry !== b.geometry) return false;
  const x = a.board;
  const y = b.board;
  if (x === y) return true;
  if (x.model !== y.model || x.session !== y.session || x.store !== y.store || x.now !== y.now) return false;
  if (x.selection !== y.selection || x.onSelect !== y.onSelect) return false;
  return !pendingConcerns(x.pending, y.pending, a.op.id, x.model);
}

function pendingConcerns(
  before: BoardState['pending'],
  after: BoardState['pending'],
  operativeId: string,
  model: BoardState['model'],
): boolean {
  if (before === after) return false;
  for (const [ref, p] of [...before, ...after]) {
    if (before.get(ref) === after.get(ref)) continue;
    if (p.to?.operative_id === operativeId || model.entries.get(ref)?.operative_id === operativeId) return true;
  }
  return false;
}

export const OperativeRow = memo(OperativeRowImpl, sameRow);
