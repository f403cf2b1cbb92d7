// `actuals import` (actuals.csv, all or nothing) and `actuals report` (plan versus actual against
// the version in force), both through the dispatcher by contract name.
import fs from 'node:fs';
import path from 'node:path';
import { parseFlags, required } from '../args';
import { CliError } from '../cli-error';
import { callContract } from '../contract-call';
import { openForCli } from '../open-workspace';
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
  const { values } = parseFlags(argv, { db: { type: 'string' }, file: { type: 'string' } }, 'actuals import');
  const db = required(values.db, 'db', 'actuals import');
  const file = required(values.file, 'file', 'actuals import');
  if (!fs.existsSync(file)) throw new CliError(`actuals import: --file ${file} not found`);
  const csv = fs.readFileSync(file, 'utf8');
  const ws = await openForCli(db, { mustExist: true });
  try {
    const r = await callContract(ws, 'actuals/import-csv', { csv, file: path.basename(file) }, 'actuals import');
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
  } finally {
    ws.close();
  }
}

async function report(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(
    argv,
    { db: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
    'actuals report',
  );
  const db = required(values.db, 'db', 'actuals report');
  const from = required(values.from, 'from', 'actuals report');
  const to = required(values.to, 'to', 'actuals report');
  const ws = await openForCli(db, { mustExist: true });
  try {
    const r = await callContract(ws, 'actuals/get-report', { from, to }, 'actuals report');
    if (values.json) {
      out(JSON.stringify(r));
      return;
    }
    for (const line of formatKpiLines(r.kpis, from, to)) out(line);
    out('');
    for (const line of formatVisitLines(r.visits)) out(line);
  } finally {
    ws.close();
  }
}
