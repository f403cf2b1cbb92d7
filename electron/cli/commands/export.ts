import { CliError } from '../cli-error';
import { parseFlags, required } from '../args';
import { openForCli } from '../open-workspace';
import { outputTarget } from '../output-file';
import { storeFor } from '../scope';
import { exportCsv, type ExportKind } from '../../backend/csv/export';

export const EXPORT_HELP = 'export --db F --what operatives|jobs|absences|flags|diary --out F|- [--scenario N]   write CSV (- = stdout)';
const KINDS: readonly ExportKind[] = ['operatives', 'jobs', 'absences', 'flags', 'diary'];

export async function exportCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(
    argv,
    { db: { type: 'string' }, what: { type: 'string' }, out: { type: 'string' }, scenario: { type: 'string' } },
    'export',
  );
  const db = required(values.db, 'db', 'export');
  const what = required(values.what, 'what', 'export');
  const target = required(values.out, 'out', 'export');
  if (!KINDS.includes(what as ExportKind)) throw new CliError(`export: --what must be one of ${KINDS.join(', ')} (got "${what}")`);
  const output = outputTarget(target, 'export');
  const ws = await openForCli(db, { mustExist: true, intent: 'read' });
  try {
    const { csv, rows } = exportCsv(storeFor(ws, values.scenario), what as ExportKind);
    output.write(csv);
    if (!output.stdout) out(`Wrote ${rows} ${what} rows to ${output.file}`);
  } finally {
    ws.close();
  }
}
