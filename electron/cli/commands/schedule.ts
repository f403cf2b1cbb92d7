// `schedule`: auto-schedule a range through `schedule/start-run` (the same worker the app uses),
// waiting for `schedule/get-run`, then `schedule/accept-run` (one undoable step) unless --dry-run.
import type { ApiInput, ApiOutput } from '../../../shared/api/contract';
import type { Workspace } from '../../backend/workspace';
import {
  WORKSPACE_FLAGS,
  callContract,
  checkInput,
  flag,
  parseCommand,
  requiredFlag,
  withWorkspace,
  type CallOptions,
} from '../front-door';

export const SCHEDULE_HELP =
  'schedule --db F --from D --to D [--time-limit-ms N] [--seed S] [--operatives A,B] [--reoptimise] [--learned-durations] [--dry-run] [--json] [--scenario N]   auto-schedule (applied as one undoable step unless --dry-run)';

const FLAGS = {
  ...WORKSPACE_FLAGS,
  from: flag.text('from'),
  to: flag.text('to'),
  'time-limit-ms': flag.int('timeLimitMs'),
  seed: flag.seed('seed'),
  operatives: flag.list('operatives'),
  reoptimise: flag.bool('reoptimise'),
  'learned-durations': flag.bool('learnedDurations'),
  'dry-run': flag.bool(),
  json: flag.bool(),
};

type Run = ApiOutput<'schedule/get-run'>;
const POLL_MS = 25;

export async function scheduleCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, input } = parseCommand(argv, FLAGS, 'schedule');
  const request = input as ApiInput<'schedule/start-run'>;
  const opts: CallOptions = { flags: FLAGS, values, scenario: values.scenario };
  requiredFlag(values, 'db', 'schedule');
  checkInput('schedule', 'schedule/start-run', request, opts);
  await withWorkspace(values, 'schedule', async (ws) => {
    const run = await finished(ws, await callContract(ws, 'schedule', 'schedule/start-run', request, opts), opts);
    const preview = run.preview;
    if (run.state !== 'done' || !preview) {
      throw new Error(`the scheduler ${run.state === 'failed' ? `failed: ${run.error}` : `ended ${run.state}`}`);
    }
    const applied = !values['dry-run'] && (preview.added.length > 0 || preview.moved.length > 0);
    if (applied) await callContract(ws, 'schedule', 'schedule/accept-run', { id: run.id }, opts);
    else await callContract(ws, 'schedule', 'schedule/reject-run', { id: run.id }, opts);
    report(run, preview, applied, values['dry-run'] === true, values.json === true, out);
  });
}

/** The run once it has left 'running' (the worker answers get-run at once, so a short poll is cheap). */
async function finished(ws: Workspace, run: Run, opts: CallOptions): Promise<Run> {
  while (run.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    run = await callContract(ws, 'schedule', 'schedule/get-run', { id: run.id }, opts);
  }
  return run;
}

function report(
  run: Run,
  preview: NonNullable<Run['preview']>,
  applied: boolean,
  dryRun: boolean,
  json: boolean,
  out: (s: string) => void,
) {
  const { from, to } = run;
  const ms = Math.round(run.elapsedMs);
  if (json) {
    out(
      JSON.stringify({
        from,
        to,
        applied,
        ms,
        added: preview.added,
        moved: preview.moved,
        unplaced: preview.unplaced,
        before: preview.before,
        after: preview.after,
        check: { ok: preview.checkOk, problems: preview.problems },
      }),
    );
    return;
  }
  out(
    `Auto-schedule ${from} to ${to} in ${ms} ms: ${preview.added.length} added, ${preview.moved.length} moved, ${preview.unplaced.length} still unplaced${applied ? ' (applied; undo in the app)' : dryRun ? ' (dry run: nothing changed)' : ''}`,
  );
  out(
    `  SLA breaches ${preview.before.slaBreachesTotal} → ${preview.after.slaBreachesTotal}; travel ${preview.before.travelHours} h → ${preview.after.travelHours} h; utilisation ${pct(preview.before.utilisation)} → ${pct(preview.after.utilisation)}`,
  );
  out(`  rule check of every placement: ${preview.checkOk ? 'no hard violations' : preview.problems.join('; ')}`);
  for (const u of preview.unplaced.slice(0, 50)) {
    out(`  ${u.ref}: ${u.summary}`);
    for (const f of u.fixes.slice(0, 2)) out(`      fix: ${f}`);
  }
  if (preview.unplaced.length > 50) out(`  … and ${preview.unplaced.length - 50} more (use --json for all)`);
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
