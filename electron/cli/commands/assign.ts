import { isoDateSchema, hhmmSchema } from '../../../shared/domain/schemas';
import { ApiError } from '../../../shared/api/errors';
import { currentUser } from '../../backend/identity';
import { moveJob } from '../../backend/planning/moves';
import { CliError } from '../cli-error';
import { parseFlags, required } from '../args';
import { openForCli } from '../open-workspace';
import { storeFor } from '../scope';
import { asAuthorized } from '../authorize';

export const ASSIGN_HELP =
  'assign --db F --job REF --operative ID --date YYYY-MM-DD [--start HH:MM] [--force-reason TEXT] [--scenario N]   place a job (refuses a hard rule unless a reason is forced)';
export const UNASSIGN_HELP = 'unassign --db F --job REF [--scenario N]   send a job back to the unscheduled tray';

export async function assignCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(
    argv,
    {
      db: { type: 'string' },
      job: { type: 'string' },
      operative: { type: 'string' },
      date: { type: 'string' },
      start: { type: 'string' },
      'force-reason': { type: 'string' },
      scenario: { type: 'string' },
    },
    'assign',
  );
  const db = required(values.db, 'db', 'assign');
  const ref = required(values.job, 'job', 'assign');
  const operative = required(values.operative, 'operative', 'assign');
  const date = required(values.date, 'date', 'assign');
  if (!isoDateSchema.safeParse(date).success) throw new CliError(`assign: --date must be a real date YYYY-MM-DD (got "${date}")`);
  const start = typeof values.start === 'string' ? values.start : undefined;
  if (start !== undefined && !hhmmSchema.safeParse(start).success) throw new CliError(`assign: --start must be HH:MM (got "${start}")`);
  const reason = typeof values['force-reason'] === 'string' ? values['force-reason'].trim() : undefined;
  if (reason !== undefined && reason.length < 3) throw new CliError('assign: --force-reason needs a reason of at least 3 characters');
  const ws = await openForCli(db, { mustExist: true });
  try {
    const store = storeFor(ws, values.scenario);
    const r = asAuthorized(ws, 'diary/assign-job', 'assign', () =>
      moveJob(store, { ref, to: { operative_id: operative, date }, start, override_reason: reason }, currentUser(store)),
    );
    const e = r.entry!;
    out(`Placed ${ref} on ${operative} ${date} at position ${e.sequence + 1}${r.status === 'warn' ? ' (with warnings)' : ''}`);
    for (const v of r.violations) out(`  ${v.severity === 'hard' ? 'overridden' : 'warning'} [${v.ruleId}]: ${v.reason}`);
  } catch (e) {
    throw asCliError(e);
  } finally {
    ws.close();
  }
}

export async function unassignCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(argv, { db: { type: 'string' }, job: { type: 'string' }, scenario: { type: 'string' } }, 'unassign');
  const db = required(values.db, 'db', 'unassign');
  const ref = required(values.job, 'job', 'unassign');
  const ws = await openForCli(db, { mustExist: true });
  try {
    const store = storeFor(ws, values.scenario);
    if (!store.read.job(ref)) throw new CliError(`unassign: no job with ref ${ref}`);
    asAuthorized(ws, 'diary/unassign-job', 'unassign', () => moveJob(store, { ref, to: null }, currentUser(store)));
    out(`Unscheduled ${ref}`);
  } catch (e) {
    throw asCliError(e);
  } finally {
    ws.close();
  }
}

/** Domain refusals are bad input for a script: exit 2 with the planner's message. */
function asCliError(e: unknown): unknown {
  if (e instanceof ApiError) {
    if (e.code === 'RULE_VIOLATION')
      return new CliError(`${e.message}\nNot placed. Use --force-reason TEXT to place it anyway (recorded in the override log).`);
    if (e.code !== 'INTERNAL') return new CliError(e.message);
  }
  return e;
}
