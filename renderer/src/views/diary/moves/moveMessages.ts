// What the planner is told about each move, in one place. Every refusal names the job and why,
// and says that nothing changed, so no outcome is ambiguous.
import { formatShortDay } from '../../../../../shared/calendar';
import { formatClock } from '../../../../../shared/plan';
import type { Violation } from '../../../../../shared/rules';
import { ApiCallError } from '../../../api/client';
import { errorText } from '../../../components/StatusRegion';

export function dayLabel(date: string): string {
  try {
    return `${formatShortDay(date)} ${date.slice(0, 4)}`;
  } catch {
    return date;
  }
}

function refsText(refs: readonly string[]): string {
  if (refs.length === 1) return refs[0]!;
  if (refs.length <= 3) return `${refs.slice(0, -1).join(', ')} and ${refs[refs.length - 1]}`;
  return `${refs.length} jobs`;
}

export function placedText(
  refs: readonly string[],
  operativeName: string,
  date: string,
  startMin: number | null,
  warnings: readonly Violation[],
  overridden: boolean,
): string {
  const at = refs.length === 1 && startMin !== null ? ` at ${formatClock(startMin)}` : '';
  let text = `${refsText(refs)} placed on ${operativeName}, ${dayLabel(date)}${at}`;
  if (overridden) text += ' (override recorded)';
  if (warnings.length) text += ` — warning: ${warnings.map((w) => w.reason).join('; ')}`;
  return text;
}

export function unscheduledText(refs: readonly string[]): string {
  return `${refsText(refs)} moved to Unscheduled`;
}

export function blockedText(refs: readonly string[], violations: readonly Violation[]): string {
  const hard = violations.filter((v) => v.severity === 'hard').map((v) => v.reason);
  return `${refsText(refs)} not placed: ${hard.join('; ') || 'a planning rule blocks it'}. Nothing changed; use Override… to place it anyway with a reason.`;
}

export const NOT_MOVED = {
  outside: (refs: readonly string[]) =>
    `${refsText(refs)} not moved: drop it on an operative's day inside the board range, or on the Unscheduled tray.`,
  header: (refs: readonly string[]) => `${refsText(refs)} not moved: drop it on one of the operative's days, not on the name.`,
  same: (refs: readonly string[]) => `${refsText(refs)} not moved: dropped where it already is.`,
  alreadyTray: (refs: readonly string[]) => `${refsText(refs)} is already unscheduled.`,
  busy: (refs: readonly string[]) => `${refsText(refs)} is still being saved; wait for that move to finish before moving it again.`,
  cancelled: (refs: readonly string[]) => `Move of ${refsText(refs)} cancelled; nothing changed.`,
  gone: (refs: readonly string[]) => `${refsText(refs)} is no longer on the board (deleted or closed elsewhere); nothing changed.`,
};

/** Rule violations the backend returned with a RULE_VIOLATION error, if any. */
export function violationsOf(err: unknown): Violation[] {
  if (!(err instanceof ApiCallError) || err.code !== 'RULE_VIOLATION') return [];
  const d = err.body.details as { violations?: Violation[] } | undefined;
  return Array.isArray(d?.violations) ? d.violations : [];
}

/** A failed move in words, by error code. */
export function failureText(refs: readonly string[], err: unknown): string {
  const what = refsText(refs);
  if (err instanceof ApiCallError) {
    switch (err.code) {
      case 'CONFLICT':
        return `${what} not moved: it was changed in another window since this board loaded (${err.message}). Nothing changed; the board has been refreshed.`;
      case 'NOT_FOUND':
        return `${what} not moved: it no longer exists (${err.message}). Nothing changed; the board has been refreshed.`;
      case 'RULE_VIOLATION': {
        const vs = violationsOf(err);
        return vs.length ? blockedText(refs, vs) : `${what} not placed: ${err.message}. Nothing changed.`;
      }
      case 'VALIDATION':
        return `${what} not moved: ${errorText(err)}. Nothing changed.`;
      default:
        return `${what} not moved: ${errorText(err)}`;
    }
  }
  return `${what} not moved: ${errorText(err)}`;
}
