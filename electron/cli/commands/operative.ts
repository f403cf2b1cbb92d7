// `operative add|edit|retire`: operatives for scripts, through the app's contract calls
// (operatives/create-operative, operatives/update-operative, operatives/retire-operative).
// Flags are the operatives.csv columns.
import { OPERATIVE_COLUMNS } from '../../../shared/csv';
import { isoDateSchema } from '../../../shared/domain/schemas';
import { callApi, withWorkspace } from '../api-call';
import { parseFlags, required } from '../args';
import { CliError } from '../cli-error';
import { printBlocked } from './blocked-report';
import { columnFlags, flagList, recordFrom } from './record-flags';

export const OPERATIVE_HELP = [
  `operative add --db F [--id ID] ${flagList(OPERATIVE_COLUMNS.filter((c) => c !== 'id'))} [--json] [--scenario N]   a new operative (same checks as operatives.csv)`,
  '  operative edit --db F --id ID [any operative add flag]   change the columns given; reports placements the change blocks',
  '  operative retire --db F --id ID --reason TEXT [--from YYYY-MM-DD]   leaves the board from that day (default today); history kept',
].join('\n');

const FLAGS = {
  ...columnFlags(OPERATIVE_COLUMNS),
  db: { type: 'string' },
  reason: { type: 'string' },
  from: { type: 'string' },
  json: { type: 'boolean' },
  scenario: { type: 'string' },
} as const;

export async function operativeCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, positionals } = parseFlags(argv, FLAGS, 'operative');
  const sub = positionals[0];
  if (positionals.length !== 1 || !sub || !['add', 'edit', 'retire'].includes(sub)) {
    throw new CliError('operative: say add, edit or retire (see --help)');
  }
  const cmd = `operative ${sub}`;
  const db = required(values.db, 'db', cmd);
  const fields = recordFrom(values, OPERATIVE_COLUMNS);
  const print = (result: unknown, text: () => void) => (values.json ? out(JSON.stringify(result)) : text());
  await withWorkspace(db, async (ws) => {
    if (sub === 'add') {
      const r = await callApi(ws, 'operatives/create-operative', { fields }, values.scenario);
      print(r, () =>
        out(`Added ${r.operative.name} (${r.operative.id}): ${r.operative.trades.map((t) => `${t.trade}:${t.proficiency}`).join(';')}`),
      );
      return;
    }
    const id = required(fields.id, 'id', cmd);
    if (sub === 'edit') {
      delete fields.id;
      if (Object.keys(fields).length === 0)
        throw new CliError(`${cmd}: give at least one column to change (${flagList(OPERATIVE_COLUMNS.filter((c) => c !== 'id'))})`);
      const r = await callApi(ws, 'operatives/update-operative', { id, fields }, values.scenario);
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
    const reason = required(values.reason, 'reason', cmd);
    const from = typeof values.from === 'string' ? values.from : undefined;
    if (from !== undefined && !isoDateSchema.safeParse(from).success)
      throw new CliError(`${cmd}: --from must be a real date YYYY-MM-DD (got "${from}")`);
    const r = await callApi(ws, 'operatives/retire-operative', { id, reason, ...(from ? { from } : {}) }, values.scenario);
    print(r, () => {
      out(`Retired ${r.operative.name} (${id}) from ${r.operative.retired_from}: ${reason}`);
      printBlocked(r.blocked, out);
    });
  });
}
