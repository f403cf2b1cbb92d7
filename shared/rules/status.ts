// Placement status as a small integer so whole boards fit in a Uint8Array; worse is larger.
import type { PlacementStatus, Violation } from './types';

export const OK = 0;
export const WARN = 1;
export const BLOCKED = 2;
export type StatusCode = typeof OK | typeof WARN | typeof BLOCKED;

export const STATUS_NAMES: readonly PlacementStatus[] = ['ok', 'warn', 'blocked'];

export function statusName(code: number): PlacementStatus {
  return STATUS_NAMES[code] ?? 'blocked';
}

/** Any hard violation blocks; otherwise any soft one warns. */
export function statusOf(violations: readonly Violation[]): PlacementStatus {
  let warn = false;
  for (const v of violations) {
    if (v.severity === 'hard') return 'blocked';
    warn = true;
  }
  return warn ? 'warn' : 'ok';
}
