// Auto-schedule runs of this process: started in a worker, polled for progress, then accepted
// (one undoable step, only if the diary did not change meanwhile) or rejected.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApiError } from '../../../shared/api/errors';
import type { PlanKpis } from '../../../shared/kpi/plan-kpis';
import type { ScheduleResult } from '../../../shared/solver/diary';
import type { Store } from '../store/store';
import { runTask, type RunningTask } from '../workers/run-task';
import { applySchedule } from './apply';
import { buildPreview, type SchedulePreview } from './preview';
import { kpisOf } from './kpis';
import type { ScheduleProgress } from './schedule-task';
import { scheduleTaskInput, type ScheduleParams, type ScheduleTaskInput } from './task-input';

export type RunState = 'running' | 'done' | 'cancelled' | 'failed' | 'accepted' | 'rejected';

interface Run {
  id: string;
  store: Store;
  state: RunState;
  from: string;
  to: string;
  startedAt: string;
  t0: number;
  baseVersion: number;
  progress: number;
  elapsedMs: number;
  error: string | null;
  cancelRequested: boolean;
  task: RunningTask<ScheduleResult> | null;
  result: ScheduleResult | null;
  preview: SchedulePreview | null;
  beforeKpis: PlanKpis;
  input: ScheduleTaskInput;
}

// From source (tests, CLI, host) the task is TypeScript; in the bundled desktop app it sits
// beside main.js as schedule-task.mjs (see electron/cli/launch/build.ts).
const TASK = fs.existsSync(fileURLToPath(new URL('./schedule-task.ts', import.meta.url)))
  ? new URL('./schedule-task.ts', import.meta.url)
  : new URL('./schedule-task.mjs', import.meta.url);
const runs = new Map<string, Run>();

export function startRun(store: Store, params: ScheduleParams): Run {
  // The time limit is the planner's: it counts from here (reading the workspace, starting the thread).
  const t0 = performance.now();
  const startedAtMs = performance.timeOrigin + t0;
  const input = { ...scheduleTaskInput(store, params), startedAtMs };
  const id = `run-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  // The worker starts first: the KPIs before the run are worked out here while it loads.
  const task = runTask<ScheduleTaskInput, ScheduleResult, ScheduleProgress>(TASK, input, (p) => {
    run.progress = p.fraction;
    run.elapsedMs = p.elapsedMs;
  });
  const run: Run = {
    id,
    store,
    state: 'running',
    from: params.from,
    to: params.to,
    startedAt: store.now(),
    t0,
    baseVersion: store.version,
    progress: 0,
    elapsedMs: 0,
    error: null,
    cancelRequested: false,
    task,
    result: null,
    preview: null,
    beforeKpis: kpisOf(input, input.diary),
    input,
  };
  runs.set(id, run);
  task.result.then(
    (result) => {
      run.result = result;
      const after = kpisOf(input, result.diary);
      run.progress = 1;
      run.elapsedMs = Math.round(performance.now() - run.t0);
      // The planner's overrun: from pressing Run to this preview (a cancel is never over).
      const overrunMs = run.cancelRequested ? 0 : Math.max(0, run.elapsedMs - input.timeLimitMs);
      run.preview = buildPreview(input.diary, run.beforeKpis, after, result, overrunMs);
      if (run.state === 'running') run.state = run.cancelRequested ? 'cancelled' : 'done';
    },
    (err: unknown) => {
      run.error = err instanceof Error ? err.message : String(err);
      if (run.state === 'running') run.state = 'failed';
    },
  );
  return run;
}

export function getRun(store: Store, id: string): Run {
  const run = runs.get(id);
  if (!run || run.store !== store) throw new ApiError('NOT_FOUND', `No auto-schedule run ${id} for this plan`);
  return run;
}

export function cancelRun(store: Store, id: string): Run {
  const run = getRun(store, id);
  if (run.state === 'running') {
    run.cancelRequested = true;
    run.task?.cancel();
  }
  return run;
}

export function acceptRun(store: Store, id: string): Run {
  const run = getRun(store, id);
  if (run.state === 'running') throw new ApiError('CONFLICT', 'The scheduler is still running: wait for it or cancel it first');
  if (run.state !== 'done' && run.state !== 'cancelled') throw new ApiError('CONFLICT', `This run is ${run.state}; nothing to accept`);
  if (!run.result) throw new ApiError('CONFLICT', 'This run has no plan to accept');
  if (store.version !== run.baseVersion) {
    throw new ApiError(
      'CONFLICT',
      'The diary changed while the scheduler ran; nothing was applied. Run auto-schedule again on the current diary.',
    );
  }
  const p = run.preview!;
  applySchedule(store, run.result.diary, `Auto-schedule ${run.from} to ${run.to}: ${p.added.length} added, ${p.moved.length} moved`);
  run.state = 'accepted';
  return run;
}

export function rejectRun(store: Store, id: string): Run {
  const run = getRun(store, id);
  if (run.state === 'running') {
    run.cancelRequested = true;
    void run.task?.terminate();
  }
  if (run.state === 'accepted') throw new ApiError('CONFLICT', 'This run was already accepted; use Undo to revert it');
  run.state = 'rejected';
  run.result = null;
  return run;
}

export function runView(run: Run) {
  return {
    id: run.id,
    state: run.state,
    from: run.from,
    to: run.to,
    startedAt: run.startedAt,
    progress: run.progress,
    elapsedMs: run.state === 'running' ? Math.round(performance.now() - run.t0) : run.elapsedMs,
    error: run.error,
    preview: run.state === 'rejected' ? null : run.preview,
  };
}
