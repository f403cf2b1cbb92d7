import { ApiError } from '../../../shared/api/errors';
import { isoDateSchema } from '../../../shared/domain/schemas';
import { applySchedule } from '../../backend/scheduling/apply';
import { kpisOf } from '../../backend/scheduling/kpis';
import { buildPreview } from '../../backend/scheduling/preview';
import { run as runSchedule } from '../../backend/scheduling/schedule-task';
import { scheduleTaskInput } from '../../backend/scheduling/task-input';
import { CliError } from '../cli-error';
import { intFlag, parseFlags, required } from '../args';
import { openForCli } from '../open-workspace';
import { storeFor } from '../scope';
import { seedNumber } from './seed';

export const SCHEDULE_HELP =
  'schedule --db F --from D --to D [--time-limit-ms N] [--seed S] [--operatives A,B] [--reoptimise] [--learned-durations] [--dry-run] [--json] [--scenario N]   auto-schedule (applied as one undoable step unless --dry-run)';

export async function scheduleCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(
    argv,
    {
      db: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'time-limit-ms': { type: 'string' },
      seed: { type: 'string' },
      operatives: { type: 'string' },
      reoptimise: { type: 'boolean' },
      'learned-durations': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      scenario: { type: 'string' },
    },
    'schedule',
  );
  const db = required(values.db, 'db', 'schedule');
  const from = required(values.from, 'from', 'schedule');
  const to = required(values.to, 'to', 'schedule');
  for (const [flag, v] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isoDateSchema.safeParse(v).success) throw new CliError(`schedule: --${flag} must be a real date YYYY-MM-DD (got "${v}")`);
  }
  if (values['time-limit-ms'] === '0') throw new CliError('schedule: time limit must be at least 1 ms');
  const timeLimitMs = intFlag(values['time-limit-ms'], 'time-limit-ms', 5000, 1, 600_000);
  const operatives =
    typeof values.operatives === 'string'
      ? values.operatives
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;

  const ws = await openForCli(db, { mustExist: true });
  try {
    const store = storeFor(ws, values.scenario);
    const input = scheduleTaskInput(store, {
      from,
      to,
      operatives,
      reoptimise: values.reoptimise ?? false,
      learnedDurations: values['learned-durations'] ?? false,
      timeLimitMs,
      seed: seedNumber(values.seed),
    });
    const t0 = performance.now();
    const result = runSchedule(input, { progress: () => undefined, cancelled: () => false });
    const ms = Math.round(performance.now() - t0);
    const preview = buildPreview(input.diary, kpisOf(input, input.diary), kpisOf(input, result.diary), result);
    const applied = !values['dry-run'] && (preview.added.length > 0 || preview.moved.length > 0);
    if (applied)
      applySchedule(store, result.diary, `Auto-schedule ${from} to ${to}: ${preview.added.length} added, ${preview.moved.length} moved`);
    if (values.json) {
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
      `Auto-schedule ${from} to ${to} in ${ms} ms: ${preview.added.length} added, ${preview.moved.length} moved, ${preview.unplaced.length} still unplaced${applied ? ' (applied; undo in the app)' : values['dry-run'] ? ' (dry run: nothing changed)' : ''}`,
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
  } catch (e) {
    if (e instanceof ApiError && e.code !== 'INTERNAL') throw new CliError(`schedule: ${e.message}`);
    if (e instanceof Error && e.name === 'ScheduleInputError') throw new CliError(`schedule: ${e.message}`);
    throw e;
  } finally {
    ws.close();
  }
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
