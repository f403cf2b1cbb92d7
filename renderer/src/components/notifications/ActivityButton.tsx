// The activity list: every message of this session, newest first, with its time. Opened from the
// header; the badge counts errors said since it was last opened.
import { useEffect, useRef, useState } from 'react';
import { useNotes } from '../StatusRegion';
import './notifications.css';

const clock = (ms: number) => new Date(ms).toTimeString().slice(0, 8);

export function ActivityButton() {
  const { notes, clear } = useNotes();
  const [open, setOpen] = useState(false);
  const [seenUpTo, setSeenUpTo] = useState(0);
  const panel = useRef<HTMLDivElement>(null);
  const last = notes.at(-1)?.seq ?? 0;
  useEffect(() => {
    if (open) setSeenUpTo(last);
  }, [open, last]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  const unseenErrors = notes.filter((n) => n.kind === 'error' && n.seq > seenUpTo).length;
  return (
    <span className="activity">
      <button type="button" aria-expanded={open} aria-controls="activity-panel" onClick={() => setOpen((o) => !o)}>
        Activity
        {unseenErrors > 0 && (
          <span className="activity-badge" aria-label={`${unseenErrors} new error${unseenErrors === 1 ? '' : 's'}`}>
            {unseenErrors}
          </span>
        )}
      </button>
      {open && (
        <div id="activity-panel" ref={panel} className="header-popover activity-panel" role="region" aria-label="Activity">
          <div className="activity-head">
            <strong>Activity</strong>
            <button type="button" onClick={clear} disabled={notes.length === 0}>
              Clear
            </button>
          </div>
          {notes.length === 0 ? (
            <p className="muted">Nothing yet this session.</p>
          ) : (
            <ol reversed>
              {[...notes].reverse().map((n) => (
                <li key={n.seq} data-kind={n.kind}>
                  <time>{clock(n.at)}</time> {n.text}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </span>
  );
}
