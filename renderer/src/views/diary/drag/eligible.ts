// "Eligible only" while dragging: collapse the rows where the dragged job is blocked on every day
// shown, so the planner sees only operatives it fits (OK or a warning). The row the drag started
// from stays, because dnd-kit needs the dragged card's element to stay mounted.
import type { OperativeView } from '../../../../../shared/api/views';
import type { BoardModel } from '../boardModel';
import { codeAt, type DragSession } from './dragSession';

/** The key that toggles "Eligible only" during a drag (also when the checkbox can't be clicked). */
export const ELIGIBLE_KEY = 'e';
const STORAGE_KEY = 'planwright.eligibleOnly';

/** True when the dragged job fits (not blocked) on at least one of the shown days. */
export function rowFits(session: DragSession, opIndex: number): boolean {
  for (let c = 0; c < session.dates.length; c++) if (codeAt(session, opIndex, c) < 2) return true;
  return false;
}

export function eligibleRows(
  rows: readonly OperativeView[],
  model: BoardModel,
  session: DragSession | null,
  on: boolean,
  keepOperativeId: string | null,
): readonly OperativeView[] {
  if (!session || !on) return rows;
  return rows.filter((o) => o.id === keepOperativeId || rowFits(session, model.operativeIndex.get(o.id) ?? -1));
}

export function loadEligibleOnly(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

export function saveEligibleOnly(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, on ? '1' : '0');
  } catch {
    // A private window without storage: the choice lasts for this page only.
  }
}
