// `job add|edit|cancel|hold|reopen`: jobs for scripts, through the same contract calls as the
// app (jobs/create-job, jobs/update-job, jobs/cancel-job…). Flags are the jobs.csv columns.
import { JOB_COLUMNS } from '../../../shared/csv';
import { formatStamp } from '../../../shared/rules/format';
import { CliError } from '../cli-error';
import { WORKSPACE_FLAGS, callContract, columnFlags, flag, parseSubcommand, requiredFlag, withWorkspace } from '../front-door';
import { printBlocked } from './blocked-report';
import { editedFields, flagList } from './record-flags';

export const JOB_HELP = [
  `job add --db F [--ref R] ${flagList(JOB_COLUMNS.filter((c) => c !== 'ref'))} [--json] [--scenario N]   a new job (same checks as jobs.csv; ref generated unless given)`,
  '  job edit --db F --ref R [any job add flag]   change the columns given; reports placements the change blocks',
  '  job cancel|hold|reopen --db F --ref R --reason TEXT   cancel, put on hold (e.g. awaiting materials) or reopen, with the reason',
].join('\n');

const FLAGS = {
  ...WORKSPACE_FLAGS,
  ...columnFlags(JOB_COLUMNS, 'fields'),
  reason: flag.text('reason'),
  json: flag.bool(),
};

const STATUS = { cancel: 'jobs/cancel-job', hold: 'jobs/hold-job', reopen: 'jobs/reopen-job' } as const;
const DONE = { cancel: 'Cancelled', hold: 'Put on hold', reopen: 'Reopened' } as const;

export async function jobCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, sub, cmd, fields, opts, print } = parseSubcommand(
    argv,
    FLAGS,
    'job',
    ['add', 'edit', 'cancel', 'hold', 'reopen'] as const,
    out,
  );
  await withWorkspace(values, cmd, async (ws) => {
    if (sub === 'add') {
      const r = await callContract(ws, cmd, 'jobs/create-job', { fields }, opts);
      const j = r.job;
      print(r, () =>
        out(
          `Added ${j.ref} (${j.priority} ${j.trade}, ${j.address})${j.sla_deadline ? `, SLA deadline ${formatStamp(j.sla_deadline)}` : ''}`,
        ),
      );
      return;
    }
    const ref = requiredFlag(values, 'ref', cmd);
    if (sub === 'edit') {
      const changed = editedFields(fields, 'ref', JOB_COLUMNS, cmd);
      const r = await callContract(ws, cmd, 'jobs/update-job', { ref, fields: changed }, opts);
      print(r, () => {
        out(r.changed.length ? `Changed ${ref}: ${r.changed.join(', ')}` : `${ref} already had those values; nothing changed`);
        printBlocked(r.blocked, out);
      });
      return;
    }
    if (Object.keys(fields).some((c) => c !== 'ref')) throw new CliError(`${cmd}: takes --ref and --reason only`);
    const reason = requiredFlag(values, 'reason', cmd);
    const action = sub as keyof typeof STATUS;
    const r = await callContract(ws, cmd, STATUS[action], { ref, reason }, opts);
    print(r, () => {
      out(`${DONE[action]} ${ref}: ${reason}`);
      if (r.removed) out(`  taken out of the diary (${r.removed.operative_id}, ${r.removed.date})`);
      printBlocked(r.blocked, out);
    });
  });
}
