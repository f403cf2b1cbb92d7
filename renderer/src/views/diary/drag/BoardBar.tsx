// The strip above the board: while dragging, what a drop on the hovered cell would do and why;
// otherwise the last refused move (with Override… when a rule blocked it) or a usage hint.
import { formatClock } from '../../../../../shared/plan';
import { Icon } from '../../../components/Icon';
import { duration } from '../../../lib/format';
import { STATUS_WORD, type DragSession } from './dragSession';
import { useDragTarget, type DragStore, type DropTarget } from './dragStore';
import { dayLabel } from '../moves/moveMessages';
import type { Notice } from '../moves/useMoves';
import './board-bar.css';
import { useEffect, type ReactNode } from 'react';
import type { KnockOnEffect } from '../../../../../shared/graph';

/** The status line's count of successors that would slip (the knock-on preview). */
function KnockOnSummary({ effects }: { effects: readonly KnockOnEffect[] }) {
  const breaches = effects.filter((e) => e.newly_breached).length;
  const slip = Math.max(...effects.map((e) => e.slip_min));
  return (
    <span
      className="insp-knock"
      title={effects.map((e) => `${e.ref}: +${duration(e.slip_min)}${e.newly_breached ? ' (breaches SLA)' : ''}`).join('\n')}
    >
      {effects.length} successor{effects.length === 1 ? '' : 's'} would slip
      {slip > 0 ? ` (up to ${duration(slip)})` : ''}
      {breaches > 0 ? `, ${breaches} past SLA` : ''}:{' '}
      {effects
        .slice(0, 4)
        .map((e) => e.ref)
        .join(', ')}
      {effects.length > 4 ? '…' : ''}
    </span>
  );
}

/**
 * Highlights the successors' cards on the board before the drop. The cards are drawn by the
 * rows, which don't re-render during a drag (that is what keeps it at 60 fps), so this marks
 * their elements directly and unmarks them when the target changes.
 */
function KnockOnHighlight({ effects }: { effects: readonly KnockOnEffect[] }) {
  const refs = effects.map((e) => `${e.ref}:${e.newly_breached ? 'sla' : 'slip'}`).join(',');
  useEffect(() => {
    if (!refs) return;
    const marked: Element[] = [];
    for (const item of refs.split(',')) {
      const [ref, kind] = item.split(':');
      for (const el of document.querySelectorAll(
        `.diary-board [data-job-ref="${CSS.escape(ref!)}"], .tray [data-job-ref="${CSS.escape(ref!)}"]`,
      )) {
        el.setAttribute('data-knock-on', kind!);
        marked.push(el);
      }
    }
    return () => marked.forEach((el) => el.removeAttribute('data-knock-on'));
  }, [refs]);
  return null;
}

interface Props {
  session: DragSession | null;
  store: DragStore;
  notice: Notice | null;
  onOverride: () => void;
  onDismiss: () => void;
  eligibleOnly: boolean;
  onEligibleOnly: () => void;
}

/** Collapses the rows where the dragged job is blocked; E toggles it mid-drag (the pointer is busy). */
function EligibleOnly({ on, onToggle }: { on: boolean; onToggle: () => void }) {
  return (
    <label className="eligible-only" title="Show only operatives the dragged job fits (key: E while dragging)">
      <input type="checkbox" checked={on} onChange={onToggle} aria-keyshortcuts="E" />
      Eligible only
      <kbd>E</kbd>
    </label>
  );
}

export function BoardBar({ session, store, notice, onOverride, onDismiss, eligibleOnly, onEligibleOnly }: Props) {
  const eligible = <EligibleOnly on={eligibleOnly} onToggle={onEligibleOnly} />;
  if (session) return <DragInspector session={session} store={store} extra={eligible} />;
  if (notice) {
    return (
      <div className="board-bar" data-kind={notice.kind}>
        <Icon name={notice.override ? 'block' : 'warn'} size={13} />
        <span className="board-bar-text" title={notice.text}>
          {notice.text}
        </span>
        {notice.override && (
          <button type="button" className="danger" onClick={onOverride}>
            Override…
          </button>
        )}
        <button type="button" className="icon-button" aria-label="Dismiss message" onClick={onDismiss}>
          <Icon name="close" />
        </button>
        {eligible}
      </div>
    );
  }
  return (
    <div className="board-bar" data-kind="hint">
      <span className="board-bar-text muted">
        Drag jobs from the tray onto an operative’s day, between days, or back to the tray. Keyboard: focus a card, Space to pick up, arrows
        to move, Space to drop, Escape to cancel; Shift+Space selects several.
      </span>
      {eligible}
    </div>
  );
}

const key = (t: DropTarget | null) =>
  !t ? '' : t.kind === 'cell' ? `c|${t.operativeId}|${t.date}|${t.index ?? ''}` : t.kind === 'tray' ? 't' : `n|${t.why}`;

function DragInspector({ session, store, extra }: { session: DragSession; store: DragStore; extra: ReactNode }) {
  const k = useDragTarget(store, key);
  const target = store.get(); // re-read whenever the key above changes
  const job = session.primary;
  const what =
    session.refs.length > 1
      ? `${session.refs.length} jobs (${session.refs.slice(0, 3).join(', ')}${session.refs.length > 3 ? '…' : ''})`
      : `${job.ref} · ${job.trade} ${job.min_proficiency} · ${duration(job.duration_min)}`;
  let body = <span className="muted">Drop on an operative’s day, or on the Unscheduled tray.</span>;
  let status: string | undefined;
  let knock: readonly KnockOnEffect[] = [];
  if (k && target?.kind === 'cell') {
    const op = session.model.operativeById.get(target.operativeId);
    if (op) {
      const v = session.explain(op, target.date, target.index);
      knock = session.knockOn(op, target.date, target.index);
      status = v.status;
      const times = v.visit ? ` · ${formatClock(v.visit.start_min)}–${formatClock(v.visit.end_min)}` : '';
      body = (
        <>
          <span className="insp-target">
            {op.name} · {dayLabel(target.date)}
            {times}
          </span>
          <span className="insp-status" data-status={v.status}>
            {STATUS_WORD[v.status]}
          </span>
          {knock.length > 0 && <KnockOnSummary effects={knock} />}
          {v.violations.length > 0 && (
            <span className="insp-reasons">
              {v.violations.map((x) => (
                <span key={x.reason} data-severity={x.severity}>
                  {x.reason}
                </span>
              ))}
            </span>
          )}
        </>
      );
    }
  } else if (target?.kind === 'tray') {
    body = (
      <span className="insp-target">
        {session.seen.get(job.ref) ? 'Unscheduled tray: take it out of the diary' : 'Unscheduled tray (already there)'}
      </span>
    );
  } else if (target?.kind === 'none' && target.why === 'header') {
    body = <span className="muted">Over the operative’s name: move onto one of their days.</span>;
  }
  return (
    <div className="board-bar insp" data-kind="drag" data-status={status} data-knock-on={knock.length}>
      <KnockOnHighlight effects={knock} />
      <span className="insp-what">Moving {what}</span>
      <Icon name="chevron-right" size={12} />
      {body}
      {extra}
    </div>
  );
}
