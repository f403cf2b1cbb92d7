// A draggable job card (dnd-kit): pointer or keyboard (Space/Enter to pick up). Click selects and
// opens the details; Ctrl/Cmd/Shift+click or Shift+Space adds it to a multi-selection.
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
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
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: job.ref, data: { ref: job.ref } });
  const sla = slaMark(job, now, breach);
  const isNew = useNewlyPlaced(job.ref) && variant !== 'tray';
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.shiftKey && (e.code === 'Space' || e.code === 'Enter')) {
      e.preventDefault();
      onSelect(job.ref, true);
      return;
    }
    listeners?.onKeyDown?.(e);
  };
  const onClick = (e: MouseEvent<HTMLDivElement>) => onSelect(job.ref, e.ctrlKey || e.metaKey || e.shiftKey);
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={onClick}
      aria-describedby={DND_HELP_ID}
      aria-label={cardLabel(job, times, pinned, sla, lock)}
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
      <CardContent job={job} variant={variant} times={times} pinned={pinned} sla={sla} lock={lock} />
    </div>
  );
}

export const JobCard = memo(JobCardImpl);
