// Keyboard dragging between quadrants: each arrow key jumps the card to the centre of the
// neighbouring quadrant (the default 25 px steps would take dozens of presses per move).
import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import type { Quadrant } from '../../../../shared/matrix';

/** [column, row]: effort left→right (low, high), impact top→bottom (high, low). */
const CELL: Record<Quadrant, [number, number]> = { 'do-first': [0, 0], schedule: [1, 0], defer: [0, 1], drop: [1, 1] };
const STEP: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

function quadrantAt(col: number, row: number): Quadrant {
  return (Object.keys(CELL) as Quadrant[]).find((q) => CELL[q][0] === col && CELL[q][1] === row)!;
}

export const quadrantCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const step = STEP[event.code];
  if (!step) return undefined;
  event.preventDefault();
  const from = (context.over?.id ?? context.active?.data.current?.quadrant) as Quadrant | undefined;
  if (!from || !(from in CELL)) return currentCoordinates;
  const [c, r] = CELL[from];
  const target = quadrantAt(Math.min(1, Math.max(0, c + step[0])), Math.min(1, Math.max(0, r + step[1])));
  const rect = context.droppableRects.get(target);
  const self = context.collisionRect;
  if (!rect || !self) return currentCoordinates;
  return { x: rect.left + rect.width / 2 - self.width / 2, y: rect.top + Math.min(rect.height / 2, 80) - self.height / 2 };
};
