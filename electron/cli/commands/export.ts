// `export`: the CSV formats, through `export/run-csv`.
import type { ApiInput } from '../../../shared/api/contract';
import { WORKSPACE_FLAGS, flag, parseCommand, requiredFlag, runContract } from '../front-door';
import { outputTarget } from '../output-file';

export const EXPORT_HELP = 'export --db F --what operatives|jobs|absences|flags|diary --out F|- [--scenario N]   write CSV (- = stdout)';

const FLAGS = { ...WORKSPACE_FLAGS, what: flag.text('what'), out: flag.text() };

export async function exportCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values, input } = parseCommand(argv, FLAGS, 'export');
  requiredFlag(values, 'db', 'export');
  const target = requiredFlag(values, 'out', 'export');
  const output = outputTarget(target, 'export');
  const { csv, rows } = await runContract(
    'export',
    'export/run-csv',
    input as ApiInput<'export/run-csv'>,
    { flags: FLAGS, values, scenario: values.scenario },
    { intent: 'read' },
  );
  output.write(csv);
  if (!output.stdout) out(`Wrote ${rows} ${values.what} rows to ${output.file}`);
}
