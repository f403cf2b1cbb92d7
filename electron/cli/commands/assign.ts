// `assign` and `unassign`: one job into the diary or back to the tray, through
// `diary/assign-job` and `diary/unassign-job` (the full rule set; a hard violation is refused
// unless a reason is forced, which goes to the override log).
import type { ApiInput } from '../../../shared/api/contract';
import { CliError } from '../cli-error';
import { WORKSPACE_FLAGS, flag, parseCommand, runContract } from '../front-door';

export const ASSIGN_HELP =
  'assign --db F --job REF --operative ID --date YYYY-MM-DD [--start HH:MM] [--force-reason TEXT] [--scenario N]   place a job (refuses a hard rule unless a reason is forced)';
export const UNASSIGN_HELP = 'unassign --db F --job REF [--scenario N]   send a job back to the unscheduled tray';

const ASSIGN_FLAGS = {
  ...WORKSPACE_FLAGS,
  job: flag.text('ref'),
  operative: flag.text('operative_id'),
  date: flag.text('date'),
  start: flag.text('start'),
  'force-reason': flag.text('override_reason'),
};
const UNASSIGN_FLAGS = { ...WORKSPACE_FLAGS, job: flag.text('ref') };

export async function assignCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, input } = parseCommand(argv, ASSIGN_FLAGS, 'assign');
  let r;
  try {
    r = await runContract('assign', 'diary/assign-job', input as ApiInput<'diary/assign-job'>, {
      flags: ASSIGN_FLAGS,
      values,
      scenario: values.scenario,
    });
  } catch (e) {
    if (e instanceof CliError && e.api?.code === 'RULE_VIOLATION')
      throw new CliError(`${e.message}\nNot placed. Use --force-reason TEXT to place it anyway (recorded in the override log).`);
    throw e;
  }
  const e = r.entry!;
  out(`Placed ${e.job_ref} on ${e.operative_id} ${e.date} at position ${e.sequence + 1}${r.status === 'warn' ? ' (with warnings)' : ''}`);
  for (const v of r.violations) out(`  ${v.severity === 'hard' ? 'overridden' : 'warning'} [${v.ruleId}]: ${v.reason}`);
}

export async function unassignCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, input } = parseCommand(argv, UNASSIGN_FLAGS, 'unassign');
  const { ref } = await runContract('unassign', 'diary/unassign-job', input as ApiInput<'diary/unassign-job'>, {
    flags: UNASSIGN_FLAGS,
    values,
    scenario: values.scenario,
  });
  out(`Unscheduled ${ref}`);
}
