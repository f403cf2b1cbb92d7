// `operative add|edit|retire`: operatives for scripts, through the app's contract calls
// (operatives/create-operative, operatives/update-operative, operatives/retire-operative).
// Flags are the operatives.csv columns.
import { OPERATIVE_COLUMNS } from '../../../shared/csv';
import { CliError } from '../cli-error';
import { WORKSPACE_FLAGS, callContract, columnFlags, flag, parseSubcommand, requiredFlag, withWorkspace } from '../front-door';
import { printBlocked } from './blocked-report';
import { editedFields, flagList } from './record-flags';

export const OPERATIVE_HELP = [
  `operative add --db F [--id ID] ${flagList(OPERATIVE_COLUMNS.filter((c) => c !== 'id'))} [--json] [--scenario N]   a new operative (same checks as operatives.csv)`,
  '  operative edit --db F --id ID [any operative add flag]   change the columns given; reports placements the change blocks',
  '  operative retire --db F --id ID --reason TEXT [--from YYYY-MM-DD]   leaves the board from that day (default today); history kept',
].join('\n');

const FLAGS = {
  ...WORKSPACE_FLAGS,
  ...columnFlags(OPERATIVE_COLUMNS, 'fields'),
  reason: flag.text('reason'),
  from: flag.text('from'),
  json: flag.bool(),
};

export async function operativeCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, sub, cmd, fields, opts, print } = parseSubcommand(argv, FLAGS, 'operative', ['add', 'edit', 'retire'] as const, out);
  await withWorkspace(values, cmd, async (ws) => {
    if (sub === 'add') {
      const r = await callContract(ws, cmd, 'operatives/create-operative', { fields }, opts);
      print(r, () =>
        out(`Added ${r.operative.name} (${r.operative.id}): ${r.operative.trades.map((t) => `${t.trade}:${t.proficiency}`).join(';')}`),
      );
      return;
    }
    const id = requiredFlag(values, 'id', cmd);
    if (sub === 'edit') {
      const changed = editedFields(fields, 'id', OPERATIVE_COLUMNS, cmd);
      const r = await callContract(ws, cmd, 'operatives/update-operative', { id, fields: changed }, opts);
      print(r, () => {
        out(
          r.changed.length
            ? `Changed ${r.operative.name} (${id}): ${r.changed.join(', ')}`
            : `${id} already had those values; nothing changed`,
        );
        printBlocked(r.blocked, out);
      });
      return;
    }
    if (Object.keys(fields).some((c) => c !== 'id')) throw new CliError(`${cmd}: takes --id, --reason and --from only`);
    const reason = requiredFlag(values, 'reason', cmd);
    const from = typeof values.from === 'string' ? values.from : undefined;
    const r = await callContract(ws, cmd, 'operatives/retire-operative', { id, reason, ...(from ? { from } : {}) }, opts);
    print(r, () => {
      out(`Retired ${r.operative.name} (${id}) from ${r.operative.retired_from}: ${reason}`);
      printBlocked(r.blocked, out);
    });
  });
}
