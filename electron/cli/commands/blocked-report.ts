// "3 placements now blocked: …" as the CLI prints it after an edit.
import { formatShortDay } from '../../../shared/calendar/dates';

export function printBlocked(
  blocked: readonly { ref: string; operative_id: string; date: string; message: string }[],
  out: (s: string) => void,
): void {
  if (blocked.length === 0) return;
  out(`${blocked.length} placement${blocked.length === 1 ? '' : 's'} now blocked: ${blocked.map((b) => b.ref).join(', ')}`);
  for (const b of blocked) out(`  ${b.ref} (${b.operative_id}, ${formatShortDay(b.date)}): ${b.message}`);
  out('  Send them back to the tray (unassign) or re-plan them in the app.');
}
