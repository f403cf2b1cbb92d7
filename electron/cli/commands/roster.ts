// `roster import` and `roster export`: roster.csv overrides in and the roster out.
import fs from 'node:fs';
import path from 'node:path';
import { isoDateSchema } from '../../../shared/domain/schemas';
import { exportRosterCsv, importRosterCsv } from '../../backend/roster/csv';
import { CliError } from '../cli-error';
import { parseFlags, required } from '../args';
import { openForCli } from '../open-workspace';
import { outputTarget } from '../output-file';
import { storeFor } from '../scope';

export const ROSTER_HELP = [
  'roster import --db F --file roster.csv [--scenario N]   all-or-nothing roster overrides (operative_id,date,start,end,kind)',
  '  roster export --db F --from D --to D --out F|- [--overrides-only] [--scenario N]   the resolved roster as roster.csv',
].join('\n');

const FLAGS = {
  db: { type: 'string' },
  file: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  out: { type: 'string' },
  'overrides-only': { type: 'boolean' },
  scenario: { type: 'string' },
} as const;

export async function rosterCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, positionals } = parseFlags(argv, FLAGS, 'roster');
  const sub = positionals[0];
  if ((sub !== 'import' && sub !== 'export') || positionals.length > 1) throw new CliError('roster: say import or export (see --help)');
  const db = required(values.db, 'db', `roster ${sub}`);
  if (sub === 'import') return rosterImport(db, required(values.file, 'file', 'roster import'), values.scenario, out);
  const from = dateFlag(values.from, 'from', 'roster export');
  const to = dateFlag(values.to, 'to', 'roster export');
  if (from > to) throw new CliError(`roster export: --from ${from} is after --to ${to}`);
  const target = required(values.out, 'out', 'roster export');
  const output = outputTarget(target, 'roster export');
  const ws = await openForCli(db, { mustExist: true, intent: 'read' });
  try {
    const { csv, rows } = exportRosterCsv(storeFor(ws, values.scenario), from, to, values['overrides-only'] ?? false);
    output.write(csv);
    if (!output.stdout) out(`Wrote ${rows} roster rows to ${output.file}`);
  } finally {
    ws.close();
  }
}

async function rosterImport(db: string, file: string, scenario: string | undefined, out: (s: string) => void): Promise<void> {
  if (!fs.existsSync(file)) throw new CliError(`roster import: --file ${file} not found`);
  const text = fs.readFileSync(file, 'utf8');
  const ws = await openForCli(db, { mustExist: true });
  try {
    const r = importRosterCsv(storeFor(ws, scenario), text, path.basename(file));
    if (!r.ok) {
      const lines = r.errors.map((e) => `${e.file}:${e.line}${e.field ? ` ${e.field}` : ''}: ${e.message}`);
      throw new CliError(`${lines.join('\n')}\nNothing imported (${r.errors.length} error${r.errors.length === 1 ? '' : 's'}).`);
    }
    out(`Imported ${r.rows} roster rows (${r.days} operative-days) into ${db}`);
    if (r.dropouts.length > 0) {
      out(`${r.dropouts.length} placed job${r.dropouts.length === 1 ? ' is' : 's are'} no longer covered by the roster:`);
      for (const d of r.dropouts) out(`  ${d.message}`);
    }
  } finally {
    ws.close();
  }
}

export function dateFlag(value: string | boolean | undefined, flag: string, command: string): string {
  const v = required(value, flag, command);
  if (!isoDateSchema.safeParse(v).success) throw new CliError(`${command}: --${flag} must be a real date YYYY-MM-DD (got "${v}")`);
  return v;
}
