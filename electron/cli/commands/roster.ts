// `roster import` and `roster export`: roster.csv overrides in and the roster out, through
// `roster/import-csv` and `roster/export-csv`.
import fs from 'node:fs';
import path from 'node:path';
import type { ApiInput } from '../../../shared/api/contract';
import { CliError } from '../cli-error';
import { WORKSPACE_FLAGS, flag, parseCommand, requiredFlag, runContract } from '../front-door';
import { outputTarget } from '../output-file';

export const ROSTER_HELP = [
  'roster import --db F --file roster.csv [--scenario N]   all-or-nothing roster overrides (operative_id,date,start,end,kind)',
  '  roster export --db F --from D --to D --out F|- [--overrides-only] [--scenario N]   the resolved roster as roster.csv',
].join('\n');

const FLAGS = {
  ...WORKSPACE_FLAGS,
  file: flag.text(),
  from: flag.text('from'),
  to: flag.text('to'),
  out: flag.text(),
  'overrides-only': flag.bool('overrides_only'),
};
// On import, --file names the file whose text fills `csv` (and whose name fills `file`).
const IMPORT_FLAGS = { ...WORKSPACE_FLAGS, file: flag.text('csv') };

export async function rosterCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, positionals, input } = parseCommand(argv, FLAGS, 'roster');
  const sub = positionals[0];
  if ((sub !== 'import' && sub !== 'export') || positionals.length > 1) throw new CliError('roster: say import or export (see --help)');
  if (sub === 'import') return rosterImport(values, out);
  requiredFlag(values, 'db', 'roster export');
  const target = requiredFlag(values, 'out', 'roster export');
  const { from, to, overrides_only } = input as ApiInput<'roster/export-csv'>;
  const output = outputTarget(target, 'roster export');
  const { csv, rows } = await runContract(
    'roster export',
    'roster/export-csv',
    { from, to, ...(overrides_only ? { overrides_only } : {}) },
    { flags: FLAGS, values, scenario: values.scenario },
    { intent: 'read' },
  );
  output.write(csv);
  if (!output.stdout) out(`Wrote ${rows} roster rows to ${output.file}`);
}

async function rosterImport(values: Record<string, string | boolean | undefined>, out: (s: string) => void): Promise<void> {
  requiredFlag(values, 'db', 'roster import');
  const file = requiredFlag(values, 'file', 'roster import');
  if (!fs.existsSync(file)) throw new CliError(`roster import: --file ${file} not found`);
  const r = await runContract(
    'roster import',
    'roster/import-csv',
    { csv: fs.readFileSync(file, 'utf8'), file: path.basename(file) },
    { flags: IMPORT_FLAGS, values, scenario: values.scenario },
  );
  if (!r.ok) {
    const lines = r.errors.map((e) => `${e.file}:${e.line}${e.field ? ` ${e.field}` : ''}: ${e.message}`);
    throw new CliError(`${lines.join('\n')}\nNothing imported (${r.errors.length} error${r.errors.length === 1 ? '' : 's'}).`);
  }
  out(`Imported ${r.rows} roster rows (${r.days} operative-days) into ${values.db}`);
  if (r.dropouts.length > 0) {
    out(`${r.dropouts.length} placed job${r.dropouts.length === 1 ? ' is' : 's are'} no longer covered by the roster:`);
    for (const d of r.dropouts) out(`  ${d.message}`);
  }
}
