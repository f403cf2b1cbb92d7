// Toasts: successes and information fade after a few seconds (not while pointed at or focused),
// errors stay until dismissed. The newest undoable success offers Undo; once undone its toast
// goes, because it no longer describes the plan.
import { useEffect, useState } from 'react';
import { useNotes, type Note } from '../StatusRegion';
import { Icon } from '../Icon';
import './notifications.css';

/** How long a success or info toast stays (ms). */
export const TOAST_MS = 6000;
/** At most this many toasts on screen; older ones are still in the activity list. */
const SHOWN = 4;

interface Props {
  /** Undoes the last step (the app's undo, which announces what it undid). */
  onUndo: () => Promise<void>;
}

export function NotificationArea({ onUndo }: Props) {
  const { notes, dismiss } = useNotes();
  const shown = notes.filter((n) => n.toast && !n.dismissed).slice(-SHOWN);
  return (
    <section className="notifications" aria-label="Notifications">
      {shown.map((n) => (
        <Toast key={n.seq} note={n} onDismiss={() => dismiss(n.seq)} onUndo={onUndo} />
      ))}
    </section>
  );
}

function Toast({ note, onDismiss, onUndo }: { note: Note; onDismiss: () => void; onUndo: () => Promise<void> }) {
  const [held, setHeld] = useState(false);
  const sticky = note.kind === 'error';
  useEffect(() => {
    if (sticky || held) return;
    const t = setTimeout(onDismiss, TOAST_MS);
    return () => clearTimeout(t);
  }, [sticky, held, onDismiss]);
  return (
    <div
      className="toast"
      data-kind={note.kind}
      data-seq={note.seq}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <Icon name={note.kind === 'error' ? 'warn' : note.kind === 'success' ? 'check' : 'clock'} size={14} />
      <span className="toast-text">{note.text}</span>
      {note.undoable && (
        <button
          type="button"
          onClick={() => {
            onDismiss();
            void onUndo();
          }}
        >
          Undo
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss notification" onClick={onDismiss}>
        <Icon name="close" />
      </button>
    </div>
  );
}
