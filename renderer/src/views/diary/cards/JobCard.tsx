// A draggable job card (dnd-kit): pointer or keyboard (Space/Enter to pick up). Click selects and
// opens the details; Ctrl/Cmd/Shift+click or Shift+Space adds it to a multi-selection.
// Every card re-renders when a drag starts or ends (useDraggable reads dnd-kit's context), so what
// a card computes (SLA clock, label, content) is memoised on its props, and times compare by value:
// such a re-render costs the hooks and an unchanged element, not the card (drop-to-stored, issue 13).
import { memo, useCallback, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { useDraggable } from '@dnd-kit/core';
import type { JobView } from '../../../../../shared/api/views';
import { CardContent, cardLabel, slaMark, type CardTimes, type CardVariant } from './CardContent';
import { useNewlyPlaced } from '../../schedule/proposalStore';
import type { CardLock } from '../boardModel';
import './cards.css';

export const DND_HELP_ID = 'diary-dnd-help';

interface Props {
  job: JobView;
  variant: Exclude<CardVariant, 'overlay'>;
  times: CardTimes | null;
  pinned: boolean;
  /** The visit's lock (issue 15), when it has one. */
  lock?: CardLock | null;
  /** The placement finishes after the SLA deadline. */
  breach: boolean;
  now: string;
  selected: boolean;
  pending: boolean;
  /** Day view: horizontal position and width in px. */
  left?: number;
  width?: number;
  onSelect: (ref: string, additive: boolean) => void;
}

function JobCardImpl({ job, variant, times, pinned, lock = null, breach, now, selected, pending, left, width, onSelect }: Props) {
  const data = useMemo(() => ({ ref: job.ref }), [job.ref]);
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: job.ref, data });
  const sla = useMemo(() => slaMark(job, now, breach), [job, now, breach]);
  const label = useMemo(() => cardLabel(job, times, pinned, sla, lock), [job, times, pinned, sla, lock]);
  const isNew = useNewlyPlaced(job.ref) && variant !== 'tray';
  const ref = job.ref;
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.shiftKey && (e.code === 'Space' || e.code === 'Enter')) {
        e.preventDefault();
        onSelect(ref, true);
        return;
      }
      listeners?.onKeyDown?.(e);
    },
    [listeners, onSelect, ref],
  );
  const onClick = useCallback((e: MouseEvent<HTMLDivElement>) => onSelect(ref, e.ctrlKey || e.metaKey || e.shiftKey), [onSelect, ref]);
  // The same element while nothing it shows changed: React then skips the card's DOM entirely.
  return useMemo(
    () => (
      <div
        ref={setNodeRef}
        {...attributes}
        {...listeners}
        onKeyDown={onKeyDown}
        onClick={onClick}
        aria-describedby={DND_HELP_ID}
        aria-label={label}
        aria-pressed={selected}
        className={`job-card job-card-${variant}`}
        data-job-ref={job.ref}
        data-priority={job.priority.toLowerCase()}
        data-selected={selected || undefined}
        data-pending={pending || undefined}
        data-dragging={isDragging || undefined}
        data-pinned={pinned || undefined}
        data-lock={lock?.lock}
        data-new-placement={isNew || undefined}
        data-sla={sla.mark}
        title={`${job.ref} · ${job.address}\n${sla.text}`}
        style={left === undefined ? undefined : { left, width }}
      >
        <Content job={job} variant={variant} times={times} pinned={pinned} sla={sla} lock={lock} />
      </div>
    ),
    [
      setNodeRef,
      attributes,
      listeners,
      onKeyDown,
      onClick,
      label,
      selected,
      variant,
      job,
      pending,
      isDragging,
      pinned,
      lock,
      isNew,
      sla,
      left,
      width,
      times,
    ],
  );
}

const Content = memo(CardContent);

const sameTimes = (a: CardTimes | null, b: CardTimes | null) =>
  a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);

/** Props equal, `times` by value (the cells build a fresh { start, end } every render). */
function sameProps(a: Props, b: Props): boolean {
  for (const k of Object.keys(a) as (keyof Props)[]) if (k !== 'times' && !Object.is(a[k], b[k])) return false;
  return Object.keys(a).length === Object.keys(b).length && sameTimes(a.times, b.times);
}

export const JobCard = memo(JobCardImpl, sameProps);
