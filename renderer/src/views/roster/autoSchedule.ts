// "Re-run auto-schedule" on roster drop-outs: send them back to the tray, let the auto-scheduler
// place just those jobs over the days they were on (plus the rest of that week), and accept the
// result. Two undoable steps (return to tray, then the auto-schedule), so Undo walks back both.
import { api } from '../../api/client';
import { addDays } from '../../../../shared/calendar/dates';

const POLL_MS = 200;

export interface Dropped {
  ref: string;
  date: string;
}

export async function rescheduleDropouts(jobs: readonly Dropped[]): Promise<string> {
  if (jobs.length === 0) return 'Nothing to re-schedule.';
  const refs = jobs.map((j) => j.ref);
  const dates = jobs.map((j) => j.date).sort();
  await api('roster/return-to-tray', { refs });
  // A short search, as for re-planning blocked placements: the first complete plan is always
  // finished, whatever the limit, so a busy machine still places what fits.
  let run = await api('schedule/start-run', { from: dates[0]!, to: addDays(dates[dates.length - 1]!, 6), refs, timeLimitMs: 2000 });
  while (run.state === 'running') {
    await new Promise((r) => setTimeout(r, POLL_MS));
    run = await api('schedule/get-run', { id: run.id });
  }
  if (run.state === 'failed' || !run.preview)
    return `Sent ${refs.length} jobs back to the tray; the auto-scheduler failed: ${run.error ?? 'no plan'}`;
  const placed = run.preview.added.length;
  if (placed > 0) await api('schedule/accept-run', { id: run.id });
  const left = run.preview.unplaced.map((u) => u.ref);
  return `Re-scheduled ${placed} of ${refs.length} dropped-out jobs${left.length ? `; still unplaced: ${left.slice(0, 10).join(', ')}${left.length > 10 ? '…' : ''}` : ''}.`;
}
