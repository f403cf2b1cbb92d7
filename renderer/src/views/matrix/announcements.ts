// What screen readers hear while a card is dragged: quadrant names, not droppable ids.
import type { Announcements } from '@dnd-kit/core';
import { QUADRANT_LABELS, type Quadrant } from '../../../../shared/matrix';

const name = (id: unknown) => QUADRANT_LABELS[id as Quadrant] ?? String(id);

export const MATRIX_INSTRUCTIONS =
  'To move a job to another quadrant, press Space or Enter, use the arrow keys to choose the quadrant, then press Space or Enter to drop, or Escape to cancel.';

export const matrixAnnouncements: Announcements = {
  onDragStart: ({ active }) => `Picked up ${active.id}.`,
  onDragOver: ({ active, over }) => (over ? `${active.id} is over ${name(over.id)}.` : `${active.id} is not over a quadrant.`),
  onDragEnd: ({ active, over }) =>
    over ? `${active.id} dropped in ${name(over.id)}.` : `${active.id} dropped outside the matrix; nothing changed.`,
  onDragCancel: ({ active }) => `Moving ${active.id} was cancelled.`,
};
