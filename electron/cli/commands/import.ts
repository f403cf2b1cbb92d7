// `import`: the four CSV files, all or nothing, through `import/run-csv`.
import fs from 'node:fs';
import path from 'node:path';
import { CliError } from '../cli-error';
import { WORKSPACE_FLAGS, flag, parseCommand, runContract } from '../front-door';

export const IMPORT_HELP = 'import --db F [--operatives F] [--jobs F] [--absences F] [--flags F]   all-or-nothing CSV import';

const KINDS = ['operatives', 'jobs', 'absences', 'flags'] as const;
// Each file flag names a file; its text fills the contract field of the same name.
const FLAGS = { db: WORKSPACE_FLAGS.db, ...Object.fromEntries(KINDS.map((k) => [k, flag.text(k)])) };

export async function importCommand(argv: string[], out: (s: string) => void): Promise<void> {
  const { values } = parseCommand(argv, FLAGS, 'import');
  const input: { names: Record<string, string> } & Partial<Record<(typeof KINDS)[number], string>> = { names: {} };
  for (const k of KINDS) {
    const f = values[k];
    if (typeof f !== 'string') continue;
    if (!fs.existsSync(f)) throw new CliError(`import: --${k} file ${f} not found`);
    input[k] = fs.readFileSync(f, 'utf8');
    input.names[k] = path.basename(f);
  }
  const result = await runContract('import', 'import/run-csv', input, { flags: FLAGS, values }, { create: true });
  if (!result.ok) {
    const lines = result.errors.map((e) => `${e.file}:${e.line}${e.field ? ` ${e.field}` : ''}: ${e.message}`);
    throw new CliError(`${lines.join('\n')}\nNothing imported (${result.errors.length} error${result.errors.length === 1 ? '' : 's'}).`);
  }
  const c = result.counts;
  out(
    `Imported ${c.operatives} operatives, ${c.jobs} jobs, ${c.absences} absences, ${c.flags} flags, ${c.dependencies} dependencies into ${values.db}`,
  );
}
