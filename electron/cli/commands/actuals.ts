// `actuals import` (actuals.csv, all or nothing) and `actuals report` (plan versus actual against
// the version in force), both through the dispatcher by contract name.
import fs from 'node:fs';
import path from 'node:path';
import type { ApiInput } from '../../../shared/api/contract';
import { CliError } from '../cli-error';
import { WORKSPACE_FLAGS, flag, parseCommand, requiredFlag, runContract } from '../front-door';
import { formatKpiLines, formatVisitLines } from './actuals-text';

export const ACTUALS_HELP = [
  'actuals import --db F --file F   record actuals.csv (all or nothing; re-importing changes nothing, a corrected row supersedes)',
  '  actuals report --db F --from D --to D [--json]   plan versus actual against the version in force: KPIs and every visit',
].join('\n');

export async function actualsCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const [sub, ...rest] = argv;
  if (sub === 'import') return importActuals(rest, out);
  if (sub === 'report') return report(rest, out);
  throw new CliError(`actuals: expected "import" or "report" (got ${sub ? `"${sub}"` : 'nothing'})`);
}

async function importActuals(argv: string[], out: (s: string) => void): Promise<void> {
  // --file names the file whose text fills `csv` (and whose name fills `file`).
  const flags = { db: WORKSPACE_FLAGS.db, file: flag.text('csv') };
  const { values } = parseCommand(argv, flags, 'actuals import');
  requiredFlag(values, 'db', 'actuals import');
  const file = requiredFlag(values, 'file', 'actuals import');
  if (!fs.existsSync(file)) throw new CliError(`actuals import: --file ${file} not found`);
  const csv = fs.readFileSync(file, 'utf8');
  const r = await runContract('actuals import', 'actuals/import-csv', { csv, file: path.basename(file) }, { flags, values });
  if (!r.ok) {
    const lines = r.errors.map((e) => `${e.file}:${e.line}${e.field ? ` ${e.field}` : ''}: ${e.message}`);
    throw new CliError(`${lines.join('\n')}\nNothing imported (${r.errors.length} error${r.errors.length === 1 ? '' : 's'}).`);
  }
  const c = r.counts;
  out(
    `Recorded ${c.rows} visit${c.rows === 1 ? '' : 's'} from ${path.basename(file)}: ${c.added} added, ${c.corrected} corrected, ${c.unchanged} unchanged.`,
  );
  if (c.rebookings) out(`${c.rebookings} job${c.rebookings === 1 ? '' : 's'} waiting to be rebooked.`);
  if (c.follow_ons.length) out(`Follow-on jobs created: ${c.follow_ons.join(', ')}.`);
  if (c.flags_raised.length) out(`Address flags raised: ${c.flags_raised.join('; ')}.`);
}

async function report(argv: string[], out: (s: string) => void): Promise<void> {
  const flags = { db: WORKSPACE_FLAGS.db, from: flag.text('from'), to: flag.text('to'), json: flag.bool() };
  const { values, input } = parseCommand(argv, flags, 'actuals report');
  const { from, to } = input as ApiInput<'actuals/get-report'>;
  const r = await runContract('actuals report', 'actuals/get-report', { from, to }, { flags, values });
  if (values.json) {
    out(JSON.stringify(r));
    return;
  }
  for (const line of formatKpiLines(r.kpis, from, to)) out(line);
  out('');
  for (const line of formatVisitLines(r.visits)) out(line);
}
