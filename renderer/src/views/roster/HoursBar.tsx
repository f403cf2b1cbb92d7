// The draggable hours bar in a roster cell. Pointer only (the day form is the keyboard way):
// drag either end to move the start or end in 15-minute steps; Escape cancels; releasing
// saves through `onCommit`. While dragging, `onPreview` shows the new hours in the cell.
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import type { Shift } from '../../../../shared/roster';
import { barGeometry, dragShift, minuteAt, sameShift, type Edge } from './hoursBar';

interface Props {
  shift: Shift;
  onPreview: (s: Shift | null) => void;
  onCommit: (s: Shift) => void;
}

export function HoursBar({ shift, onPreview, onCommit }: Props) {
  const barRef = useRef<HTMLDivElement>(null);
  const drag = useRef<{ edge: Edge; pointer: number; current: Shift } | null>(null);
  const [live, setLive] = useState<Shift | null>(null);
  const shown = live ?? shift;
  const g = barGeometry(shown);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !drag.current) return;
      drag.current = null;
      setLive(null);
      onPreview(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onPreview]);

  const start = (edge: Edge) => (e: PointerEvent<HTMLSpanElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { edge, pointer: e.pointerId, current: shift };
  };
  const move = (e: PointerEvent<HTMLSpanElement>) => {
    const d = drag.current;
    const bar = barRef.current;
    if (!d || !bar || d.pointer !== e.pointerId) return;
    const rect = bar.getBoundingClientRect();
    const next = dragShift(shift, d.edge, minuteAt(e.clientX - rect.left, rect.width));
    if (sameShift(next, d.current)) return;
    d.current = next;
    setLive(next);
    onPreview(next);
  };
  const end = (e: PointerEvent<HTMLSpanElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    drag.current = null;
    setLive(null);
    onPreview(null);
    if (!sameShift(d.current, shift)) onCommit(d.current);
  };

  return (
    <div ref={barRef} className="rc-bar" aria-hidden="true">
      <div className="rc-fill" data-clipped={g.clipped || undefined} style={{ left: `${g.left}%`, width: `${g.width}%` }}>
        {/* A night shift's end is edited in the form, not dragged. */}
        {(shown.overnight ? (['start'] as const) : (['start', 'end'] as const)).map((edge) => (
          <span
            key={edge}
            className="rc-handle"
            data-edge={edge}
            title={`Drag to change the ${edge}`}
            onPointerDown={start(edge)}
            onPointerMove={move}
            onPointerUp={end}
            onPointerCancel={end}
          />
        ))}
      </div>
    </div>
  );
}
