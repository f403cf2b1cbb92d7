import fs from 'node:fs';
import path from 'node:path';
import type { ImportResult } from '../../../shared/api/views';
import { CliError } from '../cli-error';
import { parseFlags, required } from '../args';
import { openForCli } from '../open-workspace';
import { asAuthorized } from '../authorize';
import { importCsv } from '../../backend/csv/apply-import';
import { slaPolicyOf } from '../../backend/api/handlers/sla-deadlines';

export const IMPORT_HELP = 'import --db F [--operatives F] [--jobs F] [--absences F] [--flags F]   all-or-nothing CSV import';

export async function importCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseFlags(
    argv,
    {
      db: { type: 'string' },
      operatives: { type: 'string' },
      jobs: { type: 'string' },
      absences: { type: 'string' },
      flags: { type: 'string' },
    },
    'import',
  );
  const db = required(values.db, 'db', 'import');
  const kinds = ['operatives', 'jobs', 'absences', 'flags'] as const;
  const files: Partial<Record<(typeof kinds)[number], { name: string; text: string }>> = {};
  for (const k of kinds) {
    const f = values[k];
    if (typeof f !== 'string') continue;
    if (!fs.existsSync(f)) throw new CliError(`import: --${k} file ${f} not found`);
    files[k] = { name: path.basename(f), text: fs.readFileSync(f, 'utf8') };
  }
  if (Object.keys(files).length === 0) throw new CliError('import: give at least one of --operatives, --jobs, --absences, --flags');
  const ws = await openForCli(db);
  let result: ImportResult;
  try {
    result = asAuthorized(ws, 'import/run-csv', 'import', () => importCsv(ws.store, files, slaPolicyOf(ws.store)));
  } finally {
    ws.close();
  }
  if (!result.ok) {
    const lines = result.errors.map((e) => `${e.file}:${e.line}${e.field ? ` ${e.field}` : ''}: ${e.message}`);
    throw new CliError(`${lines.join('\n')}\nNothing imported (${result.errors.length} error${result.errors.length === 1 ? '' : 's'}).`);
  }
  const c = result.counts;
  out(
    `Imported ${c.operatives} operatives, ${c.jobs} jobs, ${c.absences} absences, ${c.flags} flags, ${c.dependencies} dependencies into ${db}`,
  );
}
