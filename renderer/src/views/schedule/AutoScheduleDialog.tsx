// Auto-schedule: choose the scope, watch progress (cancel keeps the best plan so far), then
// review what would change — jobs added, moved, still unplaced with reasons, KPI deltas — and
// accept (one undoable step) or reject (the diary stays as it was).
import { FormError } from '../../components/FormError';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { ApiOutput } from '../../../../shared/api/contract';
import { addDays, weekdayOf } from '../../../../shared/calendar/dates';
import { Dialog, DialogActions } from '../../components/Dialog';
import { OperativeChecks } from '../../components/OperativeChecks';
import { errorText, useStatus } from '../../components/StatusRegion';
import { useDataVersion } from '../../hooks/useDataVersion';
import { useResource } from '../../hooks/useResource';
import { SchedulePreview } from './SchedulePreview';
import { setProposal, type ProposedPlacement } from './proposalStore';

type Run = ApiOutput<'schedule/get-run'>;

const WEEK_OFFSET: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

export function defaultRange(focus: string): { from: string; to: string } {
  const monday = addDays(focus, -WEEK_OFFSET[weekdayOf(focus)]!);
  return { from: monday, to: addDays(monday, 4) };
}

export function AutoScheduleDialog({ focusDate, onClose }: { focusDate: string; onClose: () => void }) {
  const { announce } = useStatus();
  const { invalidate } = useDataVersion();
  const operatives = useResource(() => api('operatives/list', {}), []);
  const [range, setRange] = useState(() => defaultRange(focusDate));
  const [chosen, setChosen] = useState<Set<string> | null>(null); // null = all operatives
  const [reoptimise, setReoptimise] = useState(false);
  const [learned, setLearned] = useState(false); // plan with durations learned from actuals
  const [limit, setLimit] = useState(5000);
  const [run, setRun] = useState<Run | null>(null);
  const [error, setError] = useState<string | null>(null);
  const poll = useRef<number | null>(null);
  const accepted = useRef(false);

  useEffect(() => () => void (poll.current !== null && window.clearInterval(poll.current)), []);
  // The board behind the dialog shows the proposal as ghost cards until Accept or Reject.
  const preview = run?.preview;
  useEffect(() => {
    if (preview && !accepted.current) setProposal({ phase: 'preview', placements: proposedOf(preview) });
  }, [preview]);
  useEffect(
    () => () => {
      if (!accepted.current) setProposal(null); // accepted: the board keeps the highlights
    },
    [],
  );

  function watch(id: string) {
    poll.current = window.setInterval(() => {
      api('schedule/get-run', { id }).then(
        (r) => {
          setRun(r);
          if (r.state !== 'running' && poll.current !== null) {
            window.clearInterval(poll.current);
            poll.current = null;
            if (r.state === 'failed') setError(r.error ?? 'The scheduler failed');
          }
        },
        (e: unknown) => setError(errorText(e)),
      );
    }, 200);
  }

  async function start(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const r = await api('schedule/start-run', {
        from: range.from,
        to: range.to,
        reoptimise,
        ...(learned ? { learnedDurations: true } : {}),
        timeLimitMs: limit,
        ...(chosen ? { operatives: [...chosen] } : {}),
      });
      setRun(r);
      watch(r.id);
    } catch (err) {
      setError(errorText(err));
    }
  }

  async function act(kind: 'accept' | 'reject' | 'cancel') {
    if (!run) return;
    setError(null);
    try {
      const r = await api(kind === 'accept' ? 'schedule/accept-run' : kind === 'reject' ? 'schedule/reject-run' : 'schedule/cancel-run', {
        id: run.id,
      });
      setRun(r);
      if (kind === 'accept') {
        if (r.preview) setProposal({ phase: 'applied', placements: proposedOf(r.preview) });
        accepted.current = true;
        invalidate();
        announce(
          `Auto-schedule applied: ${r.preview?.added.length ?? 0} added, ${r.preview?.moved.length ?? 0} moved, ${r.preview?.unplaced.length ?? 0} still unplaced. Undo reverts it.`,
          'success',
          { undoable: true },
        );
        onClose();
      } else if (kind === 'reject') {
        announce('Auto-schedule rejected: the diary is as it was.');
        onClose();
      }
    } catch (err) {
      setError(errorText(err));
    }
  }

  const running = run?.state === 'running';
  const ready = run && (run.state === 'done' || run.state === 'cancelled') && run.preview;
  return (
    <Dialog
      title="Auto-schedule"
      onClose={() => (running ? void act('cancel') : ready ? void act('reject') : onClose())}
      className="auto-schedule-dialog"
    >
      {!run && (
        <form className="form-grid" onSubmit={(e) => void start(e)}>
          <div className="form-row">
            <label>
              From
              <input type="date" required value={range.from} onChange={(e) => setRange({ ...range, from: e.target.value })} />
            </label>
            <label>
              To
              <input type="date" required value={range.to} onChange={(e) => setRange({ ...range, to: e.target.value })} />
            </label>
            <label>
              Time limit
              <select value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
                <option value={1000}>1 s</option>
                <option value={5000}>5 s</option>
                <option value={10000}>10 s</option>
                <option value={30000}>30 s</option>
              </select>
            </label>
          </div>
          <fieldset>
            <legend>Jobs</legend>
            <label>
              <input type="radio" name="mode" checked={!reoptimise} onChange={() => setReoptimise(false)} /> Only unscheduled jobs
            </label>
            <label>
              <input type="radio" name="mode" checked={reoptimise} onChange={() => setReoptimise(true)} /> Re-optimise: unpinned placements
              may move too
            </label>
            <label>
              <input type="checkbox" checked={learned} onChange={(e) => setLearned(e.target.checked)} /> Plan with learned durations (from
              actuals)
            </label>
          </fieldset>
          <fieldset className="operative-picker">
            <legend>Operatives</legend>
            <label>
              <input type="checkbox" checked={chosen === null} onChange={(e) => setChosen(e.target.checked ? null : new Set())} /> All
              operatives
            </label>
            {chosen !== null && (
              <div className="operative-checks">
                <OperativeChecks operatives={operatives.data ?? []} chosen={chosen} onChange={setChosen} />
              </div>
            )}
          </fieldset>
          <FormError message={error} />
          <div className="dialog-actions">
            <DialogActions onCancel={onClose} cancelLabel="Close" label="Start" disabled={chosen !== null && chosen.size === 0} />
          </div>
        </form>
      )}
      {running && (
        <div className="form-grid">
          <p>
            Scheduling {run.from} to {run.to}…
          </p>
          <progress aria-label="Auto-schedule progress" max={1} value={run.progress} />
          <p className="muted">{(run.elapsedMs / 1000).toFixed(1)} s</p>
          <div className="dialog-actions">
            <button type="button" onClick={() => void act('cancel')}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {ready && (
        <>
          <SchedulePreview run={run} />
          <FormError message={error} />
          <div className="dialog-actions">
            <button type="button" onClick={() => void act('reject')}>
              Reject
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => void act('accept')}
              disabled={run.preview!.added.length + run.preview!.moved.length === 0}
            >
              Accept
            </button>
          </div>
        </>
      )}
      {run?.state === 'failed' && <FormError message={error ?? run.error} />}
    </Dialog>
  );
}

function proposedOf(p: NonNullable<Run['preview']>): ProposedPlacement[] {
  return [
    ...p.added.map((a) => ({ ref: a.ref, operative_id: a.to.operative_id, date: a.to.date, start: a.to.start, kind: 'added' as const })),
    ...p.moved.map((m) => ({ ref: m.ref, operative_id: m.to.operative_id, date: m.to.date, start: m.to.start, kind: 'moved' as const })),
  ];
}
