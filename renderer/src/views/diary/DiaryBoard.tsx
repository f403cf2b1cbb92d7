// The planning board: resource timeline + the side column (Unscheduled tray, details of the
// selection), one DndContext around them. Holds the selection and the drag session; while a drag
// is on, the board keeps drawing the model it started with (a reload waits until the drop).
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { DndContext, DragOverlay, useDroppable } from '@dnd-kit/core';
import type { ReactNode } from 'react';
import type { OperativeView } from '../../../../shared/api/views';
import { api } from '../../api/client';
import { useStatus } from '../../components/StatusRegion';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useDataVersion } from '../../hooks/useDataVersion';
import { useNowLocal } from '../../hooks/useNow';
import { BoardBar } from './drag/BoardBar';
import { seenOf, type BoardModel, type Seen } from './boardModel';
import type { BoardState } from './boardState';
import { DragPreview } from './drag/DragPreview';
import { createDragStore } from './drag/dragStore';
import { DND_HELP_ID } from './cards/JobCard';
import type { BoardMode } from './board/layout';
import { dayLabel } from './moves/moveMessages';
import { OverrideDialog } from './moves/OverrideDialog';
import { Timeline, type TimelineHandle } from './board/Timeline';
import { DiarySide } from './DiarySide';
import { NewPlacements } from './NewPlacements';
import { BOARD_DROP_ID, useBoardDnd } from './drag/useBoardDnd';
import { useMoves } from './moves/useMoves';
import { useOptimisticView } from './moves/useOptimisticView';
import type { OwnMoves } from './useBoardResource';
import { ELIGIBLE_KEY, eligibleRows, loadEligibleOnly, saveEligibleOnly } from './drag/eligible';
import { isTextEditing } from '../../hooks/useHotkeys';
import { useUrlParam } from '../../app/url';
import { focusWhenDrawn } from './board/focusWhenDrawn';

interface Props {
  model: BoardModel;
  mode: BoardMode;
  focus: string;
  today: string;
  operativeFilter: string;
  /** This window's moves, once stored: the board applies them to its copy (useBoardResource). */
  own: OwnMoves;
}

const EMPTY_HANDLE: TimelineHandle = { scroller: null, geometry: null, rows: [], revealRow: () => {}, firstVisibleRow: () => 0 };
// dnd-kit's own live region would be a second role="status"; its announcements go to ours instead.
const detached = typeof document === 'undefined' ? undefined : document.createElement('div');

function matchOperative(o: OperativeView, needle: string): boolean {
  return (
    !needle ||
    o.name.toLowerCase().includes(needle) ||
    o.id.toLowerCase().includes(needle) ||
    o.trades.some((t) => t.trade.toLowerCase() === needle)
  );
}

export function DiaryBoard({ model: liveModel, mode, focus, today, operativeFilter, own }: Props) {
  const now = useNowLocal();
  const store = useMemo(createDragStore, []);
  const tl = useRef<TimelineHandle>(EMPTY_HANDLE);
  const trayRef = useRef<HTMLElement | null>(null);
  const [selection, setSelection] = useState<string[]>([]);
  const [overriding, setOverriding] = useState(false);
  const refocus = useRef<string | null>(null);
  const frozen = useRef(liveModel);
  const draggingRef = useRef(false);
  if (!draggingRef.current) frozen.current = liveModel;
  const model = frozen.current;
  const moves = useMoves(model.version, own);
  const { announce, report } = useStatus();
  const { invalidate } = useDataVersion();

  const selected = useMemo(() => selection.filter((r) => model.jobs.has(r)), [selection, model]);
  const dnd = useBoardDnd({
    model,
    store,
    tl,
    tray: trayRef,
    moves,
    selection: selected,
    focusDate: focus,
    onKeyboardDrop: (ref) => (refocus.current = ref),
  });
  draggingRef.current = dnd.session !== null;
  // A board reloaded mid-drag is drawn once the drag ends.
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!dnd.session && frozen.current !== liveModel) redraw();
  }, [dnd.session, liveModel]);

  const needle = operativeFilter.trim().toLowerCase();
  const filtered = useMemo(() => model.operatives.filter((o) => matchOperative(o, needle)), [model, needle]);
  const [eligibleOnly, setEligibleOnly] = useState(loadEligibleOnly);
  const origin = dnd.session ? (model.entries.get(dnd.session.primary.ref)?.operative_id ?? null) : null;
  const rows = useMemo(
    () => eligibleRows(filtered, model, dnd.session, eligibleOnly, origin),
    [filtered, model, dnd.session, eligibleOnly, origin],
  );
  const toggleEligible = useCallback(() => {
    setEligibleOnly((on) => {
      saveEligibleOnly(!on);
      return !on;
    });
    // Row numbers change under the card: the next arrow key starts again from the card's own row.
    if (store.get()?.kind === 'cell') store.set(null);
  }, [store]);
  const dragging = dnd.session !== null;
  useEffect(() => {
    if (!dragging) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== ELIGIBLE_KEY || e.ctrlKey || e.metaKey || e.altKey || e.repeat || isTextEditing(document.activeElement))
        return;
      e.preventDefault();
      toggleEligible();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dragging, toggleEligible]);
  useEffect(() => {
    if (dnd.session && eligibleOnly)
      announce(`Eligible only: ${rows.length} of ${filtered.length} operatives shown`, 'info', { toast: false });
  }, [dnd.session, eligibleOnly, rows.length, filtered.length, announce]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);

  const onSelect = useCallback((ref: string, additive: boolean) => {
    setSelection((s) =>
      additive ? (s.includes(ref) ? s.filter((r) => r !== ref) : [...s, ref]) : s.length === 1 && s[0] === ref ? s : [ref],
    );
  }, []);

  // After a keyboard drop is stored and the board reloaded, focus the card where it landed.
  useEffect(() => {
    const ref = refocus.current;
    if (!ref) return;
    const e = model.entries.get(ref);
    const row = e ? rows.findIndex((o) => o.id === e.operative_id) : -1;
    if (row >= 0) tl.current.revealRow(row);
    const id = requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>(`.diary-board [data-job-ref="${CSS.escape(ref)}"]`);
      if (el) {
        el.focus();
        refocus.current = null;
      }
    });
    return () => cancelAnimationFrame(id);
  }, [model, rows]);

  // Global search (Ctrl+K) jumps here through the address: `job` selects and focuses its card (the
  // tray scrolls to an unscheduled one itself), `operative` brings their row into view.
  const jumpJob = useUrlParam('job');
  const jumpOperative = useUrlParam('operative');
  const jumped = useRef('');
  useEffect(() => {
    const key = jumpJob ? `job:${jumpJob}` : jumpOperative ? `operative:${jumpOperative}` : '';
    if (!key || jumped.current === key) return;
    const job = jumpJob ? model.jobs.get(jumpJob) : undefined;
    if (jumpJob && job) {
      const e = model.entries.get(jumpJob);
      // Placed on a day this board doesn't show yet: the range is changing with it, wait for it.
      if (job.placement && !(e && model.dates.includes(e.date))) return;
      jumped.current = key;
      setSelection([jumpJob]);
      if (!e) return; // in the tray: Tray scrolls to it
      tl.current.revealRow(rows.findIndex((o) => o.id === e.operative_id));
      return focusWhenDrawn(`.diary-board .timeline [data-job-ref="${CSS.escape(jumpJob)}"]`);
    }
    const row = jumpOperative ? rows.findIndex((o) => o.id === jumpOperative) : -1;
    if (row < 0) return;
    jumped.current = key;
    tl.current.revealRow(row);
    return focusWhenDrawn(`.diary-board [role="row"][data-operative-id="${CSS.escape(jumpOperative!)}"] [role="rowheader"]`);
  }, [jumpJob, jumpOperative, model, rows]);

  const pin = useCallback(
    async (ref: string, pinned: boolean) => {
      try {
        await api('diary/pin-job', { ref, pinned });
        announce(`${ref} ${pinned ? 'pinned: the auto-scheduler will not move it' : 'unpinned'}`, 'success', { undoable: true });
        invalidate();
      } catch (err) {
        report(err);
      }
    },
    [announce, invalidate, report],
  );

  const unschedule = useCallback(
    (ref: string) => void moves.run({ refs: [ref], seen: new Map([[ref, seenOf(model, ref)]]), to: null }),
    [model, moves],
  );

  const keepRow = useMemo(() => {
    const e = dnd.session ? model.entries.get(dnd.session.primary.ref) : undefined;
    return e ? rows.findIndex((o) => o.id === e.operative_id) : -1;
  }, [dnd.session, model, rows]);

  const optimistic = useOptimisticView(model, moves.pending);
  const board = useMemo<BoardState>(
    () => ({ model, session: dnd.session, store, now, selection: selectedSet, pending: moves.pending, optimistic, onSelect }),
    [model, dnd.session, store, now, selectedSet, moves.pending, optimistic, onSelect],
  );

  // No banner outlives what it describes: once a refused job has moved (undo, another window, a
  // later drop) or gone, the refusal and its Override… no longer apply.
  const { notice, setNotice } = moves;
  useEffect(() => {
    const req = notice?.override?.request;
    if (req && req.refs.some((r) => !sameSeen(seenOf(liveModel, r), req.seen.get(r) ?? null) || !liveModel.jobs.has(r))) setNotice(null);
  }, [liveModel, notice, setNotice]);

  const blocked = moves.notice?.override;
  const blockedTarget = blocked?.request.to
    ? `${blocked.request.operativeName ?? blocked.request.to.operative_id}, ${dayLabel(blocked.request.to.date)}`
    : '';
  const accessibility = useMemo(
    () => ({ announcements: dnd.announcements, container: detached, screenReaderInstructions: { draggable: '' } }),
    [dnd.announcements],
  );
  const draggingKind = dnd.session ? (dnd.session.refs.some((r) => dnd.session!.seen.get(r)) ? 'placed' : 'unscheduled') : null;

  return (
    <DndContext
      sensors={dnd.sensors}
      collisionDetection={dnd.collisionDetection}
      autoScroll={false}
      accessibility={accessibility}
      onDragStart={dnd.onDragStart}
      onDragEnd={dnd.onDragEnd}
      onDragCancel={dnd.onDragCancel}
    >
      <BoardBar
        session={dnd.session}
        store={store}
        notice={moves.notice}
        eligibleOnly={eligibleOnly}
        onEligibleOnly={toggleEligible}
        onOverride={() => setOverriding(true)}
        onDismiss={() => moves.setNotice(null)}
      />
      <NewPlacements model={liveModel} />
      <DropSurface>
        <Timeline board={board} rows={rows} mode={mode} focus={focus} today={today} keepRow={keepRow} handle={tl} />
        <DiarySide
          board={board}
          selected={selected}
          onClearSelection={() => setSelection([])}
          onPin={(ref, pinned) => void pin(ref, pinned)}
          onUnschedule={unschedule}
          dragging={draggingKind}
          trayRef={trayRef}
        />
      </DropSurface>
      <DragOverlay dropAnimation={null}>{dnd.session && <DragPreview session={dnd.session} store={store} now={now} />}</DragOverlay>
      <VisuallyHidden id={DND_HELP_ID}>
        Press Space or Enter to pick up the job. Arrow keys move it: up and down between operatives, left and right between days (right of
        the last day is the Unscheduled tray). Press Space or Enter to drop, Escape to cancel. Shift+Space adds the job to a selection to
        move several at once.
      </VisuallyHidden>
      {overriding && blocked && (
        <OverrideDialog
          blocked={blocked}
          targetText={blockedTarget}
          onClose={() => setOverriding(false)}
          onPlace={(reason) => moves.run({ ...blocked.request, overrideReason: reason })}
        />
      )}
    </DndContext>
  );
}

function sameSeen(a: Seen | null, b: Seen | null): boolean {
  return a === b || (a !== null && b !== null && a.operative_id === b.operative_id && a.date === b.date && a.sequence === b.sequence);
}

function DropSurface({ children }: { children: ReactNode }) {
  const { setNodeRef } = useDroppable({ id: BOARD_DROP_ID });
  return (
    <div ref={setNodeRef} className="diary-board">
      {children}
    </div>
  );
}
