// Remembers window bounds/maximized between runs. File I/O only (type-only electron import),
// so it's testable; the display check takes work areas as plain rectangles.
import fs from 'node:fs';
import type { Rectangle } from 'electron';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1440, height: 900 } as const;
const MIN_VISIBLE = 64; // px of the window that must land on a screen to be grabbable

export function loadWindowState(file: string): WindowState | undefined {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return isWindowState(raw) ? raw : undefined;
  } catch {
    return undefined; // missing or corrupt: fall back to defaults rather than fail startup
  }
}

/** Write to a temp file then rename, so a crash mid-write never leaves a truncated file. */
export function saveWindowState(file: string, state: WindowState): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(state));
  fs.renameSync(tmp, file);
}

/** Saved bounds are reused only if they still overlap a display (monitors get unplugged). */
export function isVisibleOnSomeDisplay(bounds: Rectangle, workAreas: readonly Rectangle[]): boolean {
  return workAreas.some((a) => {
    const w = Math.min(bounds.x + bounds.width, a.x + a.width) - Math.max(bounds.x, a.x);
    const h = Math.min(bounds.y + bounds.height, a.y + a.height) - Math.max(bounds.y, a.y);
    return w >= MIN_VISIBLE && h >= MIN_VISIBLE;
  });
}

function isWindowState(x: unknown): x is WindowState {
  if (typeof x !== 'object' || x === null) return false;
  const { bounds, maximized } = x as Partial<WindowState>;
  if (typeof maximized !== 'boolean' || typeof bounds !== 'object' || bounds === null) return false;
  const nums = [bounds.x, bounds.y, bounds.width, bounds.height];
  return nums.every((n) => typeof n === 'number' && Number.isFinite(n)) && bounds.width > 0 && bounds.height > 0;
}
